package org.xtoolscrm.web.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Tel links of phone numbers")
class PhoneLinksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "138 0013 8000|tel:13800138000",
            "+86 138-0013-8000|tel:+8613800138000",
            "(021) 5555.6666|tel:02155556666",
            "0755-82080387转8001|tel:075582080387",
            "021-5555 6666 x 801|tel:02155556666",
            "+1 212 555 0100 ext. 7|tel:+12125550100",
            "010/6552 9988 EXT 12|tel:01065529988"})
    @DisplayName("Number becomes digits without the extension")
    void numberToTel(String number, String expected) {
        assertEquals(expected, PhoneLinks.tel(number));
    }

    @Test
    @DisplayName("Blank number has no link")
    void blankNumber() {
        assertNull(PhoneLinks.tel(null));
        assertNull(PhoneLinks.tel("  "));
        assertNull(PhoneLinks.tel("x12"));
    }
}
