package org.xtoolscrm.web.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    @DisplayName("New stage needs a probability from 0 to 100")
    void stageProbability() {
        OptionForm form = OptionForm.newOption(DictionaryList.OPPORTUNITY_STAGE, 35);
        form.setCode("PROOF_OF_CONCEPT");
        form.setLabelZh("技术验证");
        form.setLabelEn("Proof of concept");

        assertTrue(form.isWithProbability());
        assertEquals(List.of(DictionaryError.PROBABILITY_MISSING), errors(form));
        form.setProbability(120);
        assertEquals(List.of(DictionaryError.PROBABILITY_OUT_OF_RANGE), errors(form));
        form.setProbability(40);
        assertTrue(errors(form).isEmpty(), errors(form).toString());
        assertEquals(40, form.toNewOption().probability());
    }

    @Test
    @DisplayName("Other lists ask for no probability")
    void noProbabilityElsewhere() {
        OptionForm form = OptionForm.newOption(DictionaryList.SOURCE, 10);

        assertFalse(form.isWithProbability());
    }

    private static List<DictionaryError> errors(OptionForm form) {
        return OptionFormCheck.problems(form).stream().map(InvalidDictionaryOptionException::getError).toList();
    }
}
