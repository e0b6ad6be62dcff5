package org.xtoolscrm.importing.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerType;

@DisplayName("CustomerRowMapper")
class CustomerRowMapperTest {

    private static final List<String> HEADERS = List.of("Customer Id", "Company", "First Name", "Last Name",
            "Type", "Industry", "Region", "Country", "Province", "City", "Address", "Phone 1", "Phone 2", "Email",
            "Website");

    /** A valid row for {@link #HEADERS}; tests replace one value at a time. */
    private static final List<String> VALID = List.of("C-001", "Acme Ltd", "Jane", "Doe", "", "Retail", "East",
            "China", "Guangdong", "Shenzhen", "1 Road", "+86 755 8208 0387", "", "jane@acme.com", "www.acme.com");

    @Nested
    @DisplayName("values")
    class Values {

        @Test
        @DisplayName("maps every column to its field")
        void mapsAllFields() throws Exception {
            ImportedCustomer customer = map(VALID);

            assertEquals(7, customer.rowNumber());
            assertEquals("C-001", customer.code());
            assertEquals("Acme Ltd", customer.name());
            assertEquals("Jane Doe", customer.contactName());
            assertEquals("Retail", customer.industry());
            assertEquals("East", customer.region());
            assertEquals("China", customer.country());
            assertEquals("Guangdong", customer.province());
            assertEquals("Shenzhen", customer.city());
            assertEquals("1 Road", customer.address());
            assertEquals("+86 755 8208 0387", customer.phone());
            assertEquals("jane@acme.com", customer.email());
            assertEquals("www.acme.com", customer.website());
        }

        @Test
        @DisplayName("trims values and collapses runs of whitespace")
        void cleansWhitespace() throws Exception {
            ImportedCustomer customer = map(with(VALID, 1, "  万  科Ａ\u3000 集团\r\n有限公司 "));

            assertEquals("万 科Ａ 集团 有限公司", customer.name());
        }

        @Test
        @DisplayName("turns empty and blank values into null")
        void emptyBecomesNull() throws Exception {
            ImportedCustomer customer = map(with(with(VALID, 12, ""), 5, "   "));

            assertNull(customer.phone2());
            assertNull(customer.industry());
        }

        @Test
        @DisplayName("keeps leading zeros of the code")
        void keepsCodeAsText() throws Exception {
            assertEquals("000001", map(with(VALID, 0, "000001")).code());
        }

        @Test
        @DisplayName("keeps the website without a scheme as given")
        void keepsWebsiteAsGiven() throws Exception {
            assertEquals("bank.pingan.com", map(with(VALID, 14, "bank.pingan.com")).website());
        }

        @Test
        @DisplayName("leaves fields without a column null")
        void missingColumnsAreNull() throws Exception {
            CustomerRowMapper mapper = new CustomerRowMapper(HeaderMapping.of(List.of("Company")));

            ImportedCustomer customer = mapper.map(new SourceRow(2, List.of("Acme")));

            assertNull(customer.code());
            assertNull(customer.contactName());
            assertNull(customer.email());
        }
    }

    @Nested
    @DisplayName("name and type")
    class NameAndType {

        @Test
        @DisplayName("makes a row with a company name an enterprise")
        void companyIsEnterprise() throws Exception {
            assertEquals(CustomerType.ENTERPRISE, map(VALID).type());
        }

        @Test
        @DisplayName("names an individual after first and last name")
        void personWithoutCompanyIsIndividual() throws Exception {
            ImportedCustomer customer = map(with(VALID, 1, ""));

            assertEquals(CustomerType.INDIVIDUAL, customer.type());
            assertEquals("Jane Doe", customer.name());
            assertNull(customer.contactName());
        }

        @Test
        @DisplayName("names an individual after the last name alone")
        void lastNameAlone() throws Exception {
            ImportedCustomer customer = map(with(with(VALID, 1, ""), 2, ""));

            assertEquals("Doe", customer.name());
        }

        @Test
        @DisplayName("prefers the contact column to first and last name")
        void prefersContactColumn() throws Exception {
            CustomerRowMapper mapper = new CustomerRowMapper(
                    HeaderMapping.of(List.of("公司名称", "联系人", "First Name", "Last Name")));

            ImportedCustomer customer = mapper.map(new SourceRow(2, List.of("", "张三", "San", "Zhang")));

            assertEquals("张三", customer.name());
            assertEquals(CustomerType.INDIVIDUAL, customer.type());
        }

        @Test
        @DisplayName("uses the contact column as the enterprise's contact")
        void contactOfEnterprise() throws Exception {
            CustomerRowMapper mapper = new CustomerRowMapper(HeaderMapping.of(List.of("公司名称", "联系人")));

            ImportedCustomer customer = mapper.map(new SourceRow(2, List.of("腾讯", "马化腾")));

            assertEquals("腾讯", customer.name());
            assertEquals("马化腾", customer.contactName());
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"ENTERPRISE", "enterprise", "Enterprise", "企业", "企业客户"})
        @DisplayName("accepts enterprise type names")
        void acceptsEnterpriseNames(String type) throws Exception {
            assertEquals(CustomerType.ENTERPRISE, map(with(with(VALID, 1, ""), 4, type)).type());
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"INDIVIDUAL", "individual", "Individual", "个人", "个人客户"})
        @DisplayName("accepts individual type names")
        void acceptsIndividualNames(String type) throws Exception {
            assertEquals(CustomerType.INDIVIDUAL, map(with(VALID, 4, type)).type());
        }

        @Test
        @DisplayName("keeps the name from the company column when the type overrides it")
        void typeDoesNotChangeName() throws Exception {
            ImportedCustomer customer = map(with(VALID, 4, "个人"));

            assertEquals("Acme Ltd", customer.name());
            assertEquals("Jane Doe", customer.contactName());
        }
    }

    @Nested
    @DisplayName("rejects")
    class Rejections {

        @Test
        @DisplayName("a row without any name, naming the company column")
        void missingName() {
            RowRejectedException e = reject(with(with(with(VALID, 1, ""), 2, " "), 3, ""));

            assertEquals(7, e.rowNumber());
            assertEquals("Company", e.column());
            assertNull(e.value());
            assertEquals("The customer's name is missing. Fill in Company, or First Name and Last Name"
                    + " for a person.", e.reason());
        }

        @Test
        @DisplayName("a missing name in the contact column")
        void missingContactName() throws Exception {
            CustomerRowMapper mapper = new CustomerRowMapper(HeaderMapping.of(List.of("联系人", "电话")));

            RowRejectedException e = assertThrows(RowRejectedException.class,
                    () -> mapper.map(new SourceRow(4, List.of("", "13800138000"))));

            assertEquals("联系人", e.column());
            assertEquals("The customer's name is missing. Fill in 联系人.", e.reason());
        }

        @Test
        @DisplayName("an invalid e-mail address")
        void invalidEmail() {
            RowRejectedException e = reject(with(VALID, 13, "foo@"));

            assertEquals("Email", e.column());
            assertEquals("foo@", e.value());
            assertEquals("E-mail address 'foo@' is invalid: use the form name@example.com.", e.reason());
            assertEquals("Row 7, column Email: E-mail address 'foo@' is invalid: use the form name@example.com.",
                    e.getMessage());
        }

        @Test
        @DisplayName("a phone number with letters")
        void phoneWithLetters() {
            RowRejectedException e = reject(with(VALID, 12, "call me"));

            assertEquals("Phone 2", e.column());
            assertEquals("call me", e.value());
            assertTrue(e.reason().startsWith("Phone number 'call me' is invalid."), e.reason());
        }

        @Test
        @DisplayName("a phone number with too few digits")
        void phoneTooShort() {
            RowRejectedException e = reject(with(VALID, 11, "12-34"));

            assertEquals("Phone 1", e.column());
            assertEquals("Phone number '12-34' has 4 digits, but a phone number needs at least 5.", e.reason());
        }

        @Test
        @DisplayName("an invalid website")
        void invalidWebsite() {
            RowRejectedException e = reject(with(VALID, 14, "ftp://files.acme.com"));

            assertEquals("Website", e.column());
            assertTrue(e.reason().startsWith("Website 'ftp://files.acme.com' is invalid."), e.reason());
        }

        @Test
        @DisplayName("a value longer than its column, naming length and maximum")
        void tooLong() {
            String city = "c".repeat(Customer.PLACE_MAX + 1);

            RowRejectedException e = reject(with(VALID, 9, city));

            assertEquals("City", e.column());
            assertEquals(city, e.value());
            assertEquals("City is 101 characters long, but the maximum is 100. Shorten it to 100 characters"
                    + " or fewer.", e.reason());
        }

        @Test
        @DisplayName("an address over 500 characters, cutting the value")
        void addressTooLong() {
            String address = "街".repeat(Customer.ADDRESS_MAX) + "号";

            RowRejectedException e = reject(with(VALID, 10, address));

            assertEquals("Address", e.column());
            assertEquals("街".repeat(RowRejectedException.VALUE_MAX), e.value());
            assertTrue(e.reason().startsWith("Address is 501 characters long, but the maximum is 500."), e.reason());
        }

        @Test
        @DisplayName("a code longer than its column")
        void codeTooLong() {
            RowRejectedException e = reject(with(VALID, 0, "1".repeat(Customer.CODE_MAX + 1)));

            assertEquals("Customer Id", e.column());
            assertTrue(e.reason().contains("the maximum is " + Customer.CODE_MAX), e.reason());
        }

        @Test
        @DisplayName("a company name longer than its column")
        void nameTooLong() {
            RowRejectedException e = reject(with(VALID, 1, "公".repeat(Customer.NAME_MAX + 1)));

            assertEquals("Company", e.column());
            assertTrue(e.reason().startsWith("Company is 201 characters long"), e.reason());
        }

        @Test
        @DisplayName("a long contact name, naming both columns")
        void contactNameTooLong() {
            RowRejectedException e = reject(with(VALID, 2, "J".repeat(Customer.CONTACT_NAME_MAX)));

            assertEquals("First Name and Last Name", e.column());
            assertEquals("J".repeat(Customer.CONTACT_NAME_MAX) + " Doe", e.value());
        }

        @Test
        @DisplayName("counts characters, not UTF-16 units, against the maximum")
        void countsCodePoints() throws Exception {
            String name = "𠀀".repeat(Customer.NAME_MAX);

            assertEquals(name, map(with(VALID, 1, name)).name());
        }

        @Test
        @DisplayName("a row with more fields than the header")
        void tooManyFields() {
            List<String> values = new ArrayList<>(VALID);
            values.add("extra, with comma");

            RowRejectedException e = reject(values);

            assertNull(e.column());
            assertTrue(e.reason().startsWith("The row has 16 fields, but the header row has 15 columns."), e.reason());
            assertTrue(e.value().endsWith(",www.acme.com,\"extra, with comma\""), e.value());
            assertTrue(e.getMessage().startsWith("Row 7: The row has 16 fields"), e.getMessage());
        }

        @Test
        @DisplayName("a row with fewer fields than the header")
        void tooFewFields() {
            RowRejectedException e = reject(VALID.subList(0, 3));

            assertNull(e.column());
            assertTrue(e.reason().startsWith("The row has 3 fields, but the header row has 15 columns."), e.reason());
        }

        @Test
        @DisplayName("an unknown customer type")
        void unknownType() {
            RowRejectedException e = reject(with(VALID, 4, "partner"));

            assertEquals("Type", e.column());
            assertEquals("partner", e.value());
            assertEquals("Customer type 'partner' is not known. Use ENTERPRISE or INDIVIDUAL (企业 or 个人),"
                    + " or leave it empty.", e.reason());
        }

        @Test
        @DisplayName("with a reason that fits the problem table")
        void keepsReasonShort() {
            RowRejectedException e = reject(with(VALID, 4, "y".repeat(2000)));

            assertTrue(e.reason().length() <= 500, "reason length " + e.reason().length());
            assertEquals(RowRejectedException.VALUE_MAX, e.value().length());
        }
    }

    private static ImportedCustomer map(List<String> values) throws Exception {
        return new CustomerRowMapper(HeaderMapping.of(HEADERS)).map(new SourceRow(7, values));
    }

    private static RowRejectedException reject(List<String> values) {
        return assertThrows(RowRejectedException.class, () -> map(values));
    }

    private static List<String> with(List<String> values, int column, String value) {
        List<String> changed = new ArrayList<>(values);
        changed.set(column, value);
        return changed;
    }
}
