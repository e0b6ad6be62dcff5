package org.xtoolscrm.importing.file;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A customer property that an import file can fill, with the column headers that name it. */
public enum CustomerField {
    CODE("Customer Id", "Customer Code", "Code", "客户编号", "客户代码", "A股代码"),
    NAME("Company", "Company Name", "Customer Name", "Name", "公司全称", "客户名称", "公司名称", "名称"),
    FIRST_NAME("First Name"),
    LAST_NAME("Last Name"),
    CONTACT_NAME("Contact", "Contact Name", "联系人"),
    TYPE("Type", "Customer Type", "客户类型"),
    INDUSTRY("Industry", "所属行业", "行业"),
    REGION("Region", "地区"),
    COUNTRY("Country", "国家"),
    PROVINCE("Province", "State", "省份"),
    CITY("City", "城市"),
    ADDRESS("Address", "注册地址", "地址"),
    PHONE("Phone", "Phone 1", "Telephone", "电话", "联系电话"),
    PHONE2("Phone 2"),
    EMAIL("Email", "E-mail", "邮箱", "电子邮件"),
    WEBSITE("Website", "Web Site", "URL", "公司网址", "网址");

    /** Whitespace as Java and Unicode define it, plus the byte order mark U+FEFF. */
    private static final Pattern IGNORED_IN_HEADERS = Pattern.compile("[\\s\\p{Z}\\uFEFF]+");

    private static final Map<String, CustomerField> FIELDS_BY_HEADER_KEY = indexHeaderKeys();

    private final List<String> headerNames;

    CustomerField(String... headerNames) {
        this.headerNames = List.of(headerNames);
    }

    /** Returns the header names that select this field, in English and Chinese. */
    public List<String> headerNames() {
        return headerNames;
    }

    /**
     * Finds the field that a column header names.
     *
     * <p>The comparison ignores case, a byte order mark and all whitespace, including runs of
     * spaces inside the header, NBSP (U+00A0) and the ideographic space (U+3000). Full-width
     * letters and digits match their ASCII forms (Unicode NFKC).
     */
    public static Optional<CustomerField> forHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(FIELDS_BY_HEADER_KEY.get(headerKey(header)));
    }

    /** Returns the form of a header that {@link #forHeader} compares. */
    static String headerKey(String header) {
        String compatible = Normalizer.normalize(header, Normalizer.Form.NFKC);
        return IGNORED_IN_HEADERS.matcher(compatible).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Map<String, CustomerField> indexHeaderKeys() {
        Map<String, CustomerField> fields = new HashMap<>();
        for (CustomerField field : values()) {
            for (String headerName : field.headerNames) {
                CustomerField previous = fields.put(headerKey(headerName), field);
                if (previous != null && previous != field) {
                    throw new IllegalStateException(
                            "Header name '" + headerName + "' selects both " + previous + " and " + field);
                }
            }
        }
        return Collections.unmodifiableMap(fields);
    }
}
