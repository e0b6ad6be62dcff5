package org.xtoolscrm.importing.file;

import java.util.OptionalInt;

/** The cleaned values of one source row, looked up by customer field. */
final class RowFields {

    private final HeaderMapping mapping;
    private final SourceRow row;

    RowFields(HeaderMapping mapping, SourceRow row) {
        this.mapping = mapping;
        this.row = row;
    }

    long rowNumber() {
        return row.rowNumber();
    }

    /**
     * Returns the field's value, cleaned by {@link CellText#clean}, or null if the file has no
     * column for the field or the cell is empty.
     */
    String value(CustomerField field) {
        OptionalInt column = mapping.column(field);
        if (column.isEmpty()) {
            return null;
        }
        return CellText.clean(row.values().get(column.getAsInt()));
    }

    /** Returns the header of the field's column as the file spells it, or null if there is none. */
    String header(CustomerField field) {
        return mapping.header(field).orElse(null);
    }

    /** Creates a rejection of this row that names the field's column and value. */
    RowRejectedException reject(CustomerField field, String reason) {
        return reject(header(field), value(field), reason);
    }

    /** Creates a rejection of this row. The column is null for problems with the whole row. */
    RowRejectedException reject(String column, String value, String reason) {
        return new RowRejectedException(row.rowNumber(), column, value, reason);
    }

    /** Rejects the value if it has more than {@code max} characters. */
    void checkLength(String column, String value, int max) throws RowRejectedException {
        int length = CellText.length(value);
        if (length > max) {
            throw reject(column, value, column + " is " + length + " characters long, but the maximum is "
                    + max + ". Shorten it to " + max + " characters or fewer.");
        }
    }
}
