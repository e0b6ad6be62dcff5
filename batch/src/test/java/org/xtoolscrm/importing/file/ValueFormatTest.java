package org.xtoolscrm.importing.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Value formats")
class ValueFormatTest {

    @Nested
    @DisplayName("e-mail address")
    class Email {

        @ParameterizedTest(name = "accepts \"{0}\"")
        @ValueSource(strings = {"marieyates@gomez-spencer.info", "a@b.co", "first.last+tag@sub.example.org",
                "张三@例子.中国"})
        @DisplayName("accepts addresses with a local part and a dotted domain")
        void acceptsAddresses(String value) {
            assertTrue(EmailFormat.isValid(value));
        }

        @ParameterizedTest(name = "rejects \"{0}\"")
        @ValueSource(strings = {"foo@", "@example.com", "foo", "a@b@example.com", "foo@localhost", "foo @example.com",
                "foo@example .com", "foo@.example.com", "foo@example.com.", "foo@example..com", "foo@exa\u3000mple.com"})
        @DisplayName("rejects values that are not addresses")
        void rejectsNonAddresses(String value) {
            assertFalse(EmailFormat.isValid(value));
        }
    }

    @Nested
    @DisplayName("website")
    class Website {

        @ParameterizedTest(name = "accepts \"{0}\"")
        @ValueSource(strings = {"bank.pingan.com", "www.vanke.com", "http://www.shea.biz/", "HTTPS://Example.com",
                "https://example.com:8443/path?q=1#top", "www.hi-target.com.cn", "www.高乐股份.com",
                "www.suning.cn、www.suning.com", "www.hi-target.com.cn,www.zhdgps.com", "a.com; b.com"})
        @DisplayName("accepts host names with or without http or https")
        void acceptsWebsites(String value) {
            assertTrue(WebsiteFormat.isValid(value));
        }

        @ParameterizedTest(name = "rejects \"{0}\"")
        @ValueSource(strings = {"ftp://example.com", "mailto:a@example.com", "http://", "example", "-",
                "www.example.com、", "http:/example.com", "192.168.1.1", "www.-bad-.com", "user@example.com",
                "www.example.com、not a host", "、", "www..example.com", "http://example.com:port/"})
        @DisplayName("rejects values that are not web addresses")
        void rejectsNonWebsites(String value) {
            assertFalse(WebsiteFormat.isValid(value));
        }
    }

    @Nested
    @DisplayName("phone number")
    class Phone {

        @ParameterizedTest(name = "accepts \"{0}\"")
        @ValueSource(strings = {"846-790-4623x4715", "(422)787-2331x71127", "+1-539-402-0259", "001-808-617-6467x12895",
                "321.441.0588x6218", "9876543210", "+86 755 8208 0387", "0755-82080387转8001", "0755-82080387 转 8001",
                "020 1234 5678 ext 12", "020 1234 5678 Ext. 12", "020 1234 5678 X12", "0755-1234567/1234568"})
        @DisplayName("accepts digits, separators and extensions")
        void acceptsPhones(String value) {
            assertTrue(PhoneFormat.hasValidCharacters(value));
        }

        @ParameterizedTest(name = "rejects \"{0}\"")
        @ValueSource(strings = {"call me", "N/A", "12345x", "x12345", "12345 ext", "+86＃755", "１２３４５",
                "12345 mobile"})
        @DisplayName("rejects other characters")
        void rejectsOtherCharacters(String value) {
            assertFalse(PhoneFormat.hasValidCharacters(value));
        }

        @Test
        @DisplayName("counts digits before the extension only")
        void countsNumberDigits() {
            assertEquals(4, PhoneFormat.countNumberDigits("12-34 x5678"));
        }
    }

    @Nested
    @DisplayName("cell text")
    class Cell {

        @Test
        @DisplayName("collapses whitespace runs to one space")
        void collapsesWhitespace() {
            assertEquals("万 科Ａ", CellText.clean("万  科Ａ"));
        }

        @Test
        @DisplayName("trims NBSP and the ideographic space")
        void trimsUnicodeSpaces() {
            assertEquals("Acme", CellText.clean("\u00A0\u3000Acme\u3000"));
        }

        @Test
        @DisplayName("returns null for blank values")
        void blankIsNull() {
            assertEquals(null, CellText.clean(" \t\u3000"));
        }

        @Test
        @DisplayName("does not split a surrogate pair when truncating")
        void truncatesByCodePoint() {
            assertEquals("a𠀀", CellText.truncate("a𠀀b", 2));
        }

        @Test
        @DisplayName("shortens long quoted values with an ellipsis")
        void shortensQuotes() {
            assertEquals("'" + "x".repeat(60) + "…'", CellText.quote("x".repeat(61)));
        }
    }
}
