package org.xtoolscrm.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Cleaning uploaded file names")
class FileNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd|passwd",
            "..\\..\\windows\\win.ini|win.ini",
            "C:\\x\\y.txt|y.txt",
            "/var/tmp/report.pdf|report.pdf",
            "a/b\\c/d.txt|d.txt",
            "合同扫描件.pdf|合同扫描件.pdf",
            "报价单 2026 v2.xlsx|报价单 2026 v2.xlsx",
            "  spaced   out  .docx  |spaced out .docx",
            "trailing dots...|trailing dots",
            "what?<is>this:\"|what__is_this__",
            ".htaccess|.htaccess"})
    @DisplayName("Keeps the last path component, cleaned")
    void keepsLastComponent(String given, String expected) {
        assertEquals(expected, FileNames.clean(given));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {"NULL", "''", "'   '", "..", ".", "../..", "dir/", "C:\\"})
    @DisplayName("Falls back when nothing usable is left")
    void fallsBack(String given) {
        assertEquals(FileNames.FALLBACK, FileNames.clean(given));
    }

    @Test
    @DisplayName("Drops control characters and turns line breaks into spaces")
    void dropsControlCharacters() {
        assertEquals("evil name.txt", FileNames.clean("evil\u0000\u0007\u001b\u007f\nname.txt"));
        assertEquals("a b.txt", FileNames.clean("a\r\n\tb.txt"));
    }

    @Test
    @DisplayName("Drops bidirectional overrides that disguise an extension")
    void dropsBidiOverrides() {
        String disguised = "invoice\u202Efdp.exe";

        String clean = FileNames.clean(disguised);

        assertEquals("invoicefdp.exe", clean);
        assertTrue(clean.endsWith(".exe"));
        assertFalse(FileNames.clean("zero\u200Bwidth.txt").contains("\u200B"));
    }

    @Test
    @DisplayName("Composes decomposed accents (NFC)")
    void normalizesToNfc() {
        assertEquals("Café.txt", FileNames.clean("Cafe\u0301.txt"));
    }

    @Test
    @DisplayName("Cuts long names before the extension, counting characters")
    void cutsLongNames() {
        String longName = "长".repeat(300) + ".pdf";

        String clean = FileNames.clean(longName);

        assertEquals(FileNames.MAX_LENGTH, clean.codePointCount(0, clean.length()));
        assertTrue(clean.endsWith(".pdf"), clean);
        assertTrue(clean.startsWith("长长长"), clean);
    }

    @Test
    @DisplayName("Cuts long names without splitting a surrogate pair")
    void cutsWithoutSplittingSurrogates() {
        String longName = "😀".repeat(300);

        String clean = FileNames.clean(longName);

        assertEquals(FileNames.MAX_LENGTH, clean.codePointCount(0, clean.length()));
        assertFalse(Character.isHighSurrogate(clean.charAt(clean.length() - 1)));
    }

    @Test
    @DisplayName("A long extension does not survive a cut")
    void dropsLongExtensionOnCut() {
        String longName = "x".repeat(250) + "." + "y".repeat(30);

        String clean = FileNames.clean(longName);

        assertEquals(FileNames.MAX_LENGTH, clean.length());
        assertTrue(clean.startsWith("x".repeat(250) + ".y"), clean);
    }
}
