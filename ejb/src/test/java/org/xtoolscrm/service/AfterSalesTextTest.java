package org.xtoolscrm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("After-sales text cleaning")
class AfterSalesTextTest {

    @Test
    @DisplayName("Blocks keep inner line breaks and tabs and drop other control characters")
    void blockCleans() {
        assertEquals("a\n\tb", AfterSalesText.block(" \r\na\r\n\tb\u0000 \n"));
        assertNull(AfterSalesText.block("\u0001 \n"));
    }

    @Test
    @DisplayName("Length counts code points")
    void lengthInCodePoints() {
        assertEquals(2, AfterSalesText.length("😀投"));
        assertEquals(0, AfterSalesText.length(null));
    }

    @Test
    @DisplayName("Labels are one line, cut with an ellipsis at the maximum")
    void labelCut() {
        assertEquals("first second", AfterSalesText.label("first\n  second", 20));
        assertEquals("abcd…", AfterSalesText.label("abcdefgh", 5));
        assertEquals("abcde", AfterSalesText.label("abcde", 5));
    }
}
