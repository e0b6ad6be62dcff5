package org.xtoolscrm.importing.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("HeaderMapping")
class HeaderMappingTest {

    private static final List<String> SAMPLE_HEADERS = List.of("Index", "Customer Id", "First Name", "Last Name",
            "Company", "City", "Country", "Phone 1", "Phone 2", "Email", "Subscription Date", "Website");

    private static final List<String> EXCHANGE_HEADERS = List.of("板块", "公司全称", "英文名称", "注册地址", "A股代码",
            "A股简称", "A股上市日期", "A股总股本", "A股流通股本", "B股代码", "B股 简 称", "B股上市日期", "B股总股本",
            "B股流通股本", "地      区", "省    份", "城     市", "所属行业", "公司网址", "未盈利", "具有表决权差异安排",
            "具有协议控制架构");

    @Nested
    @DisplayName("for the customers sample header")
    class SampleHeader {

        private final HeaderMapping mapping = HeaderMappingTest.of(SAMPLE_HEADERS);

        @Test
        @DisplayName("finds each mapped column by index")
        void findsColumns() {
            assertEquals(OptionalInt.of(1), mapping.column(CustomerField.CODE));
            assertEquals(OptionalInt.of(2), mapping.column(CustomerField.FIRST_NAME));
            assertEquals(OptionalInt.of(3), mapping.column(CustomerField.LAST_NAME));
            assertEquals(OptionalInt.of(4), mapping.column(CustomerField.NAME));
            assertEquals(OptionalInt.of(5), mapping.column(CustomerField.CITY));
            assertEquals(OptionalInt.of(6), mapping.column(CustomerField.COUNTRY));
            assertEquals(OptionalInt.of(7), mapping.column(CustomerField.PHONE));
            assertEquals(OptionalInt.of(8), mapping.column(CustomerField.PHONE2));
            assertEquals(OptionalInt.of(9), mapping.column(CustomerField.EMAIL));
            assertEquals(OptionalInt.of(11), mapping.column(CustomerField.WEBSITE));
        }

        @Test
        @DisplayName("has no column for fields the file lacks")
        void lacksMissingFields() {
            assertEquals(OptionalInt.empty(), mapping.column(CustomerField.ADDRESS));
            assertEquals(Optional.empty(), mapping.header(CustomerField.ADDRESS));
        }

        @Test
        @DisplayName("lists headers that select nothing")
        void listsUnmappedHeaders() {
            assertEquals(List.of("Index", "Subscription Date"), mapping.unmappedHeaders());
        }

        @Test
        @DisplayName("counts all headers")
        void countsHeaders() {
            assertEquals(12, mapping.headerCount());
        }
    }

    @Nested
    @DisplayName("for the stock exchange header")
    class ExchangeHeader {

        private final HeaderMapping mapping = HeaderMappingTest.of(EXCHANGE_HEADERS);

        @Test
        @DisplayName("maps Chinese headers with runs of spaces")
        void mapsSpacedHeaders() {
            assertEquals(OptionalInt.of(14), mapping.column(CustomerField.REGION));
            assertEquals(OptionalInt.of(15), mapping.column(CustomerField.PROVINCE));
            assertEquals(OptionalInt.of(16), mapping.column(CustomerField.CITY));
        }

        @Test
        @DisplayName("keeps the header as the file spells it")
        void keepsHeaderSpelling() {
            assertEquals(Optional.of("省    份"), mapping.header(CustomerField.PROVINCE));
        }

        @Test
        @DisplayName("maps code, name, address, industry and website")
        void mapsMainColumns() {
            assertEquals(OptionalInt.of(4), mapping.column(CustomerField.CODE));
            assertEquals(OptionalInt.of(1), mapping.column(CustomerField.NAME));
            assertEquals(OptionalInt.of(3), mapping.column(CustomerField.ADDRESS));
            assertEquals(OptionalInt.of(17), mapping.column(CustomerField.INDUSTRY));
            assertEquals(OptionalInt.of(18), mapping.column(CustomerField.WEBSITE));
        }

        @Test
        @DisplayName("ignores the short name and English name")
        void ignoresShortNames() {
            assertTrue(mapping.unmappedHeaders().contains("A股简称"));
            assertTrue(mapping.unmappedHeaders().contains("英文名称"));
        }
    }

    @Test
    @DisplayName("drops a leading byte order mark from the first header")
    void dropsByteOrderMark() {
        HeaderMapping mapping = of(List.of("\uFEFFName", "Email"));

        assertEquals(OptionalInt.of(0), mapping.column(CustomerField.NAME));
        assertEquals(Optional.of("Name"), mapping.header(CustomerField.NAME));
    }

    @Test
    @DisplayName("uses the first column when two headers select one field")
    void firstColumnWins() {
        HeaderMapping mapping = of(List.of("Company", "Telephone", "Phone", "Customer Name"));

        assertEquals(OptionalInt.of(0), mapping.column(CustomerField.NAME));
        assertEquals(OptionalInt.of(1), mapping.column(CustomerField.PHONE));
        assertEquals(List.of("Phone", "Customer Name"), mapping.duplicateHeaders());
        assertEquals(List.of(), mapping.unmappedHeaders());
    }

    @Test
    @DisplayName("does not list blank headers as unmapped")
    void skipsBlankHeadersInUnmappedList() {
        HeaderMapping mapping = of(List.of("Name", "", " ", "Notes"));

        assertEquals(List.of("Notes"), mapping.unmappedHeaders());
        assertEquals(4, mapping.headerCount());
    }

    @Test
    @DisplayName("accepts a contact column alone as the name column")
    void acceptsContactAlone() {
        HeaderMapping mapping = of(List.of("联系人", "电话"));

        assertEquals(OptionalInt.of(0), mapping.column(CustomerField.CONTACT_NAME));
    }

    @Test
    @DisplayName("accepts a last name column alone as the name column")
    void acceptsLastNameAlone() {
        HeaderMapping mapping = of(List.of("Last Name"));

        assertEquals(OptionalInt.of(0), mapping.column(CustomerField.LAST_NAME));
    }

    @Test
    @DisplayName("rejects headers without a name column and lists the headers found")
    void rejectsMissingNameColumn() {
        InvalidImportFileException e = assertThrows(InvalidImportFileException.class,
                () -> HeaderMapping.of(List.of("Index", "Email", "City")));

        assertTrue(e.getMessage().contains("no column for the customer's name"), e.getMessage());
        assertTrue(e.getMessage().contains("Index, Email, City"), e.getMessage());
        assertTrue(e.getMessage().contains("Company"), e.getMessage());
        assertTrue(e.rowNumber().isEmpty());
    }

    @Test
    @DisplayName("rejects a header row without column names")
    void rejectsEmptyHeaderRow() {
        InvalidImportFileException e = assertThrows(InvalidImportFileException.class,
                () -> HeaderMapping.of(List.of("", "")));

        assertTrue(e.getMessage().contains("has no column names"), e.getMessage());
    }

    private static HeaderMapping of(List<String> headers) {
        try {
            return HeaderMapping.of(headers);
        } catch (InvalidImportFileException e) {
            throw new AssertionError("Headers were rejected: " + headers, e);
        }
    }
}
