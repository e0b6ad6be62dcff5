package org.xtoolscrm.importing.file;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerType;

/**
 * Turns source rows into customers, or rejects them with a reason for the salesperson.
 *
 * <p>Every value is trimmed, runs of whitespace inside it become one space, and an empty value
 * becomes null. No other change is made to a value: codes keep their leading zeros, full-width
 * letters stay full-width, and websites keep or lack their scheme as given. The first problem
 * found rejects the row, in this order: field count, name, type, length, format.
 */
public final class CustomerRowMapper {

    /** Maximum lengths of the fields that are stored unchanged. {@link CustomerName} checks the names. */
    private static final Map<CustomerField, Integer> LENGTH_MAX = lengthLimits();

    private static final Map<String, CustomerType> TYPES_BY_NAME = Map.of(
            "enterprise", CustomerType.ENTERPRISE,
            "企业", CustomerType.ENTERPRISE,
            "企业客户", CustomerType.ENTERPRISE,
            "individual", CustomerType.INDIVIDUAL,
            "个人", CustomerType.INDIVIDUAL,
            "个人客户", CustomerType.INDIVIDUAL);

    private final HeaderMapping mapping;

    public CustomerRowMapper(HeaderMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * Maps one row to a customer.
     *
     * <p>The name, type and contact follow {@link CustomerName}. A non-empty type column
     * overrides the type, and accepts ENTERPRISE or INDIVIDUAL in any case, 企业, 个人, 企业客户
     * and 个人客户. The type does not change which column gives the name.
     *
     * @throws RowRejectedException if the row has a different number of fields than the header,
     *     no name, an unknown type, a value longer than its database column, or an e-mail
     *     address, phone number or website that is not valid
     */
    public ImportedCustomer map(SourceRow row) throws RowRejectedException {
        checkFieldCount(row);
        RowFields fields = new RowFields(mapping, row);
        CustomerName name = CustomerName.resolve(fields);
        CustomerType type = resolveType(fields, name.type());
        checkLengths(fields);
        checkEmail(fields);
        checkPhone(fields, CustomerField.PHONE);
        checkPhone(fields, CustomerField.PHONE2);
        checkWebsite(fields);
        return new ImportedCustomer(
                row.rowNumber(),
                fields.value(CustomerField.CODE),
                type,
                name.name(),
                name.contactName(),
                fields.value(CustomerField.INDUSTRY),
                fields.value(CustomerField.REGION),
                fields.value(CustomerField.COUNTRY),
                fields.value(CustomerField.PROVINCE),
                fields.value(CustomerField.CITY),
                fields.value(CustomerField.ADDRESS),
                fields.value(CustomerField.PHONE),
                fields.value(CustomerField.PHONE2),
                fields.value(CustomerField.EMAIL),
                fields.value(CustomerField.WEBSITE));
    }

    private void checkFieldCount(SourceRow row) throws RowRejectedException {
        int fieldCount = row.values().size();
        if (fieldCount != mapping.headerCount()) {
            String rowText = CSVFormat.RFC4180.format(row.values().toArray());
            throw new RowRejectedException(row.rowNumber(), null, rowText,
                    "The row has " + fieldCount + " fields, but the header row has " + mapping.headerCount()
                            + " columns. Check the row for a missing comma, or for a value with a comma"
                            + " that is not enclosed in double quotes.");
        }
    }

    private static CustomerType resolveType(RowFields fields, CustomerType fromName) throws RowRejectedException {
        String value = fields.value(CustomerField.TYPE);
        if (value == null) {
            return fromName;
        }
        CustomerType type = TYPES_BY_NAME.get(value.toLowerCase(Locale.ROOT));
        if (type == null) {
            throw fields.reject(CustomerField.TYPE, "Customer type " + CellText.quote(value)
                    + " is not known. Use ENTERPRISE or INDIVIDUAL (企业 or 个人), or leave it empty.");
        }
        return type;
    }

    private static void checkLengths(RowFields fields) throws RowRejectedException {
        for (Map.Entry<CustomerField, Integer> limit : LENGTH_MAX.entrySet()) {
            String value = fields.value(limit.getKey());
            if (value != null) {
                fields.checkLength(fields.header(limit.getKey()), value, limit.getValue());
            }
        }
    }

    private static void checkEmail(RowFields fields) throws RowRejectedException {
        String email = fields.value(CustomerField.EMAIL);
        if (email != null && !EmailFormat.isValid(email)) {
            throw fields.reject(CustomerField.EMAIL, "E-mail address " + CellText.quote(email)
                    + " is invalid: use the form name@example.com.");
        }
    }

    private static void checkPhone(RowFields fields, CustomerField field) throws RowRejectedException {
        String phone = fields.value(field);
        if (phone == null) {
            return;
        }
        if (!PhoneFormat.hasValidCharacters(phone)) {
            throw fields.reject(field, "Phone number " + CellText.quote(phone) + " is invalid. Use digits,"
                    + " spaces and + - . ( ) /, with an extension after x, ext or 转,"
                    + " for example +86 755 8208 0387 ext 12.");
        }
        int digits = PhoneFormat.countNumberDigits(phone);
        if (digits < PhoneFormat.DIGITS_MIN) {
            throw fields.reject(field, "Phone number " + CellText.quote(phone) + " has " + digits
                    + " digits, but a phone number needs at least " + PhoneFormat.DIGITS_MIN + ".");
        }
    }

    private static void checkWebsite(RowFields fields) throws RowRejectedException {
        String website = fields.value(CustomerField.WEBSITE);
        if (website != null && !WebsiteFormat.isValid(website)) {
            throw fields.reject(CustomerField.WEBSITE, "Website " + CellText.quote(website) + " is invalid."
                    + " Use a host name such as www.example.com, with or without http:// or https://.");
        }
    }

    private static Map<CustomerField, Integer> lengthLimits() {
        Map<CustomerField, Integer> limits = new EnumMap<>(CustomerField.class);
        limits.put(CustomerField.CODE, Customer.CODE_MAX);
        limits.put(CustomerField.INDUSTRY, Customer.INDUSTRY_MAX);
        limits.put(CustomerField.REGION, Customer.PLACE_MAX);
        limits.put(CustomerField.COUNTRY, Customer.PLACE_MAX);
        limits.put(CustomerField.PROVINCE, Customer.PLACE_MAX);
        limits.put(CustomerField.CITY, Customer.PLACE_MAX);
        limits.put(CustomerField.ADDRESS, Customer.ADDRESS_MAX);
        limits.put(CustomerField.PHONE, Customer.PHONE_MAX);
        limits.put(CustomerField.PHONE2, Customer.PHONE_MAX);
        limits.put(CustomerField.EMAIL, Customer.EMAIL_MAX);
        limits.put(CustomerField.WEBSITE, Customer.WEBSITE_MAX);
        return limits;
    }
}
