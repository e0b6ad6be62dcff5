package org.xtoolscrm.web.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.dictionary.DictionaryError;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.InvalidDictionaryOptionException;

@DisplayName("Option dialog check")
class OptionFormCheckTest {

    @Test
    @DisplayName("Empty new option reports every field")
    void emptyNewOption() {
        OptionForm form = OptionForm.newOption(DictionaryList.REGION, 10);
        form.setCode("bad code");
        form.setSortOrder(-5);

        assertEquals(List.of(DictionaryError.CODE_INVALID, DictionaryError.LABEL_ZH_MISSING,
                DictionaryError.LABEL_EN_MISSING, DictionaryError.SORT_ORDER_OUT_OF_RANGE), errors(form));
    }

    @Test
    @DisplayName("Valid new option passes")
    void validNewOption() {
        OptionForm form = OptionForm.newOption(DictionaryList.REGION, 10);
        form.setCode(" HK_MACAO ");
        form.setLabelZh("港澳");
        form.setLabelEn("Hong Kong and Macao");

        assertTrue(errors(form).isEmpty(), errors(form).toString());
        assertEquals("HK_MACAO", form.toNewOption().code());
    }

    @Test
    @DisplayName("Missing list is reported")
    void missingList() {
        OptionForm form = OptionForm.newOption(null, 10);
        form.setCode("A");
        form.setLabelZh("甲");
        form.setLabelEn("A");

        assertEquals(List.of(DictionaryError.LIST_MISSING), errors(form));
    }

    @Test
    @DisplayName("Empty sort order counts as zero")
    void emptySortOrder() {
        OptionForm form = OptionForm.newOption(DictionaryList.SOURCE, 10);
        form.setCode("A");
        form.setLabelZh("甲");
        form.setLabelEn("A");
        form.setSortOrder(null);

        assertTrue(errors(form).isEmpty(), errors(form).toString());
        assertEquals(0, form.toNewOption().sortOrder());
    }

    private static List<DictionaryError> errors(OptionForm form) {
        return OptionFormCheck.problems(form).stream().map(InvalidDictionaryOptionException::getError).toList();
    }
}
