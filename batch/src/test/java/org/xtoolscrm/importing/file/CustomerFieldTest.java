package org.xtoolscrm.importing.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CustomerField header matching")
class CustomerFieldTest {

    @ParameterizedTest(name = "\"{0}\" selects {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Customer Id    | CODE
            A股代码         | CODE
            Company        | NAME
            公司全称        | NAME
            First Name     | FIRST_NAME
            Last Name      | LAST_NAME
            联系人          | CONTACT_NAME
            客户类型        | TYPE
            所属行业        | INDUSTRY
            Country        | COUNTRY
            注册地址        | ADDRESS
            Phone 1        | PHONE
            Phone 2        | PHONE2
            E-mail         | EMAIL
            公司网址        | WEBSITE
            """)
    @DisplayName("selects the field for each of its header names")
    void selectsFieldForHeaderName(String header, CustomerField expected) {
        assertEquals(Optional.of(expected), CustomerField.forHeader(header));
    }

    @ParameterizedTest(name = "\"{0}\" selects {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '地      区'      | REGION
            '省    份'        | PROVINCE
            '城     市'       | CITY
            '客户\u3000名称'   | NAME
            'Phone\u00A01'    | PHONE
            '  Email  '       | EMAIL
            'Customer\tId'   | CODE
            """)
    @DisplayName("ignores runs of spaces, tabs, NBSP and the ideographic space")
    void ignoresWhitespace(String header, CustomerField expected) {
        assertEquals(Optional.of(expected), CustomerField.forHeader(header));
    }

    @ParameterizedTest(name = "\"{0}\" selects {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EMAIL          | EMAIL
            customer ID    | CODE
            WebSite        | WEBSITE
            e-MAIL         | EMAIL
            """)
    @DisplayName("ignores case")
    void ignoresCase(String header, CustomerField expected) {
        assertEquals(Optional.of(expected), CustomerField.forHeader(header));
    }

    @Test
    @DisplayName("ignores a leading byte order mark")
    void ignoresByteOrderMark() {
        assertEquals(Optional.of(CustomerField.CODE), CustomerField.forHeader("\uFEFFCustomer Id"));
    }

    @Test
    @DisplayName("matches full-width letters to ASCII")
    void matchesFullWidthLetters() {
        assertEquals(Optional.of(CustomerField.CODE), CustomerField.forHeader("Ａ股代码"));
    }

    @ParameterizedTest(name = "\"{0}\" selects nothing")
    @ValueSource(strings = {"Index", "Subscription Date", "A股简称", "B股 简 称", "英文名称", "", "   "})
    @DisplayName("selects nothing for other headers")
    void selectsNothingForOtherHeaders(String header) {
        assertEquals(Optional.empty(), CustomerField.forHeader(header));
    }

    @Test
    @DisplayName("selects nothing for a null header")
    void selectsNothingForNull() {
        assertEquals(Optional.empty(), CustomerField.forHeader(null));
    }

    @Test
    @DisplayName("maps every header name back to its own field")
    void everyHeaderNameSelectsItsField() {
        for (CustomerField field : CustomerField.values()) {
            assertTrue(!field.headerNames().isEmpty(), field + " has no header names");
            for (String headerName : field.headerNames()) {
                assertEquals(Optional.of(field), CustomerField.forHeader(headerName), headerName);
            }
        }
    }
}
