package org.xtoolscrm.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NumberPatternTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 7);

    @Test
    @DisplayName("Default pattern numbers per month with four digits")
    void defaultPattern() {
        NumberPattern pattern = NumberPattern.parse(NumberPattern.DEFAULT);

        assertEquals("HT202603-0001", pattern.number(DAY, 1));
        assertEquals("HT202603-#", pattern.key(DAY));
        assertEquals("HT202604-#", pattern.key(DAY.plusMonths(1)), "a new month starts a new sequence");
    }

    @Test
    @DisplayName("Every date placeholder and a custom width")
    void placeholders() {
        NumberPattern pattern = NumberPattern.parse("C/{yy}{MM}{dd}/{seq:6}");

        assertEquals("C/260307/000042", pattern.number(DAY, 42));
        assertEquals("C/260307/#", pattern.key(DAY));
    }

    @Test
    @DisplayName("Pattern without a date counts on for good")
    void withoutDate() {
        NumberPattern pattern = NumberPattern.parse("{seq}");

        assertEquals("0007", pattern.number(DAY, 7));
        assertEquals(pattern.key(DAY), pattern.key(DAY.plusYears(3)));
    }

    @Test
    @DisplayName("Counter beyond the width keeps all its digits")
    void counterBeyondWidth() {
        assertEquals("A-12345", NumberPattern.parse("A-{seq:2}").number(DAY, 12345));
    }

    @Test
    @DisplayName("Unusable patterns are rejected")
    void rejected() {
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("HT-{yyyy}"), "no sequence");
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("{seq}-{seq}"), "two sequences");
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("HT-{week}-{seq}"), "unknown");
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("HT {seq}"), "a space");
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse("-{seq}"), "starts with a dash");
        assertThrows(IllegalArgumentException.class,
                () -> NumberPattern.parse("ABCDEFGHIJKLMNOPQRSTUVWXYZ-{yyyy}{MM}{dd}-{seq:9}"), "too long");
    }

    @Test
    @DisplayName("Configured pattern: property, then environment, then default")
    void configuration() {
        Map<String, String> none = Map.of();
        assertEquals("X{seq:3}", NumberPattern.from(Map.of("crm.contract.number-pattern", "X{seq:3}")::get,
                Map.of("CRM_CONTRACT_NUMBER_PATTERN", "Y{seq}")::get).toString());
        assertEquals("Y{seq}", NumberPattern.from(none::get,
                Map.of("CRM_CONTRACT_NUMBER_PATTERN", "Y{seq}")::get).toString());
        assertEquals(NumberPattern.DEFAULT, NumberPattern.from(none::get, none::get).toString());
        assertEquals(NumberPattern.DEFAULT, NumberPattern.from(Map.of("crm.contract.number-pattern", "bad")::get,
                none::get).toString(), "a broken pattern falls back to the default");
    }
}
