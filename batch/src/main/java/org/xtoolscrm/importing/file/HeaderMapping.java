package org.xtoolscrm.importing.file;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The columns of an import file that give each {@link CustomerField}, found from its header row.
 *
 * <p>Headers are matched with {@link CustomerField#forHeader}. When two headers select the same
 * field, the first (leftmost) column wins and the other is listed by {@link #duplicateHeaders()}.
 * Headers that select no field are ignored and listed by {@link #unmappedHeaders()}.
 */
public final class HeaderMapping {

    private static final List<CustomerField> NAME_FIELDS = List.of(
            CustomerField.NAME, CustomerField.CONTACT_NAME, CustomerField.FIRST_NAME, CustomerField.LAST_NAME);

    private final List<String> headers;
    private final Map<CustomerField, Integer> columns;
    private final List<String> unmappedHeaders;
    private final List<String> duplicateHeaders;

    private HeaderMapping(List<String> headers, Map<CustomerField, Integer> columns,
            List<String> unmappedHeaders, List<String> duplicateHeaders) {
        this.headers = List.copyOf(headers);
        this.columns = columns;
        this.unmappedHeaders = List.copyOf(unmappedHeaders);
        this.duplicateHeaders = List.copyOf(duplicateHeaders);
    }

    /**
     * Maps the headers of an import file to customer fields.
     *
     * @param headers the header row as the file contains it; a leading byte order mark is dropped
     * @throws InvalidImportFileException if no column gives the customer's name, because no
     *     header selects {@link CustomerField#NAME}, {@link CustomerField#CONTACT_NAME},
     *     {@link CustomerField#FIRST_NAME} or {@link CustomerField#LAST_NAME}
     */
    public static HeaderMapping of(List<String> headers) throws InvalidImportFileException {
        List<String> displayed = new ArrayList<>(headers.size());
        Map<CustomerField, Integer> columns = new EnumMap<>(CustomerField.class);
        List<String> unmapped = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            String header = withoutByteOrderMark(headers.get(column));
            displayed.add(header);
            Optional<CustomerField> field = CustomerField.forHeader(header);
            if (field.isEmpty()) {
                if (!header.isBlank()) {
                    unmapped.add(header);
                }
            } else if (columns.putIfAbsent(field.get(), column) != null) {
                duplicates.add(header);
            }
        }
        HeaderMapping mapping = new HeaderMapping(displayed, columns, unmapped, duplicates);
        mapping.requireNameColumn();
        return mapping;
    }

    /** Returns the zero-based index of the column that gives the field, or empty if no column does. */
    public OptionalInt column(CustomerField field) {
        Integer column = columns.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** Returns the header of the column that gives the field, as the file spells it. */
    public Optional<String> header(CustomerField field) {
        Integer column = columns.get(field);
        return column == null ? Optional.empty() : Optional.of(headers.get(column));
    }

    /** Returns the non-blank headers that select no field, in file order. */
    public List<String> unmappedHeaders() {
        return unmappedHeaders;
    }

    /** Returns the headers ignored because an earlier column already gives their field. */
    public List<String> duplicateHeaders() {
        return duplicateHeaders;
    }

    /** Returns all headers in file order, as the file spells them. */
    public List<String> headers() {
        return headers;
    }

    public int headerCount() {
        return headers.size();
    }

    private void requireNameColumn() throws InvalidImportFileException {
        for (CustomerField field : NAME_FIELDS) {
            if (columns.containsKey(field)) {
                return;
            }
        }
        throw new InvalidImportFileException("The file has no column for the customer's name. "
                + describeHeaders()
                + " Add a column named Company or Customer Name (公司全称, 客户名称),"
                + " or First Name and Last Name for persons, then import the file again.");
    }

    private String describeHeaders() {
        if (headers.stream().allMatch(String::isBlank)) {
            return "Its header row has no column names.";
        }
        return "Its header row contains: " + String.join(", ", headers) + ".";
    }

    private static String withoutByteOrderMark(String header) {
        if (header.startsWith("\uFEFF")) {
            return header.substring(1);
        }
        return header;
    }
}
