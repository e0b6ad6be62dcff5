package org.xtoolscrm.web.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Problems CSV cells")
class ProblemsCsvServletTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
        "+86 138|'+86 138",
        "-1|'-1",
        "@SUM(A1)|'@SUM(A1)",
        "平安银行|平安银行",
        "a=b|a=b"})
    @DisplayName("Values a spreadsheet would run as formulas get an apostrophe")
    void formulasAreDefused(String value, String expected) {
        assertEquals(expected, ProblemsCsvServlet.safeCell(value));
    }

    @Test
    @DisplayName("Empty and missing values stay as they are")
    void emptyValues() {
        assertEquals("", ProblemsCsvServlet.safeCell(""));
        assertNull(ProblemsCsvServlet.safeCell(null));
    }
}
