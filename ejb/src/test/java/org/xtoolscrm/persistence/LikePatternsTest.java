package org.xtoolscrm.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("LIKE patterns")
class LikePatternsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|abc%",
        "  平安 |平安%",
        "50%|50\\%%",
        "a_b|a\\_b%",
        "c:\\x|c:\\\\x%"})
    @DisplayName("Prefix filters escape LIKE wildcards typed by the user")
    void likePrefixEscapes(String typed, String expected) {
        assertEquals(expected, LikePatterns.prefix(typed));
    }

    @Test
    @DisplayName("Contains pattern wraps the escaped text")
    void containsEscapes() {
        assertEquals("%a\\_b%", LikePatterns.contains(" a_b "));
    }
}
