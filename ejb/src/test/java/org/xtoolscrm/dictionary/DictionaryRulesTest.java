package org.xtoolscrm.dictionary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DictionaryRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"A", "COLD_CALL", "TYPE_2", "0", "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ"})
    void codeAccepted(String code) {
        assertDoesNotThrow(() -> DictionaryRules.checkCode(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"cold_call", "COLD CALL", "COLD-CALL", " CALL", "电话", "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJA"})
    void codeRejected(String code) {
        InvalidDictionaryOptionException e = assertThrows(InvalidDictionaryOptionException.class,
                () -> DictionaryRules.checkCode(code));

        assertEquals(DictionaryError.CODE_INVALID, e.getError());
        assertEquals("code", e.getField());
        assertArrayEquals(new Object[] {code}, e.getArguments());
    }

    @Test
    void labelsStripped() {
        assertEquals("电话", DictionaryRules.checkLabelZh("  电话 "));
        assertEquals("Phone call", DictionaryRules.checkLabelEn("\tPhone call\n"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void blankLabelsRejected(String label) {
        assertEquals(DictionaryError.LABEL_ZH_MISSING, errorOf(() -> DictionaryRules.checkLabelZh(label)));
        assertEquals(DictionaryError.LABEL_EN_MISSING, errorOf(() -> DictionaryRules.checkLabelEn(label)));
    }

    @Test
    void labelLengthLimit() {
        String longest = "字".repeat(DictionaryRules.LABEL_MAX);
        String tooLong = longest + "字";

        assertEquals(longest, DictionaryRules.checkLabelZh(longest));
        assertEquals(DictionaryError.LABEL_ZH_TOO_LONG, errorOf(() -> DictionaryRules.checkLabelZh(tooLong)));
        assertEquals(DictionaryError.LABEL_EN_TOO_LONG, errorOf(() -> DictionaryRules.checkLabelEn(tooLong)));
    }

    @Test
    void sortOrderRange() {
        assertDoesNotThrow(() -> DictionaryRules.checkSortOrder(DictionaryRules.SORT_ORDER_MIN));
        assertDoesNotThrow(() -> DictionaryRules.checkSortOrder(DictionaryRules.SORT_ORDER_MAX));
        assertEquals(DictionaryError.SORT_ORDER_OUT_OF_RANGE, errorOf(() -> DictionaryRules.checkSortOrder(-1)));
        assertEquals(DictionaryError.SORT_ORDER_OUT_OF_RANGE,
                errorOf(() -> DictionaryRules.checkSortOrder(DictionaryRules.SORT_ORDER_MAX + 1)));
    }

    @Test
    void listRequired() {
        assertEquals(DictionaryError.LIST_MISSING, errorOf(() -> DictionaryRules.checkList(null)));
        assertDoesNotThrow(() -> DictionaryRules.checkList(DictionaryList.REGION));
    }

    private static DictionaryError errorOf(Executable work) {
        return assertThrows(InvalidDictionaryOptionException.class, work).getError();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 50, 99, 100})
    void stageProbabilityAccepted(int probability) {
        assertEquals(probability, DictionaryRules.checkProbability(DictionaryList.OPPORTUNITY_STAGE, "PROPOSAL", null,
                probability));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, 1000})
    void stageProbabilityOutOfRange(int probability) {
        InvalidDictionaryOptionException e = assertThrows(InvalidDictionaryOptionException.class,
                () -> DictionaryRules.checkProbability(DictionaryList.OPPORTUNITY_STAGE, "PROPOSAL", null, probability));

        assertEquals(DictionaryError.PROBABILITY_OUT_OF_RANGE, e.getError());
        assertEquals("probability", e.getField());
        assertArrayEquals(new Object[] {0, 100}, e.getArguments());
    }

    @Test
    void stageProbabilityMissing() {
        assertEquals(DictionaryError.PROBABILITY_MISSING, assertThrows(InvalidDictionaryOptionException.class,
                () -> DictionaryRules.checkProbability(DictionaryList.OPPORTUNITY_STAGE, "PROPOSAL", null, null))
                .getError());
    }

    @Test
    void finalStageProbabilityFixed() {
        assertEquals(100, DictionaryRules.checkProbability(DictionaryList.OPPORTUNITY_STAGE, "WON", StageOutcome.WON, 100));
        assertEquals(0, DictionaryRules.checkProbability(DictionaryList.OPPORTUNITY_STAGE, "LOST", StageOutcome.LOST, 0));

        InvalidDictionaryOptionException e = assertThrows(InvalidDictionaryOptionException.class,
                () -> DictionaryRules.checkProbability(DictionaryList.OPPORTUNITY_STAGE, "WON", StageOutcome.WON, 90));
        assertEquals(DictionaryError.FINAL_STAGE_PROBABILITY, e.getError());
        assertArrayEquals(new Object[] {"WON", 100}, e.getArguments());
    }

    @Test
    void otherListsStoreNoProbability() {
        assertNull(DictionaryRules.checkProbability(DictionaryList.SOURCE, "FAIR", null, 50));
        assertNull(DictionaryRules.checkProbability(DictionaryList.EXPENSE_TYPE, "MEALS", null, null));
    }
}
