package org.xtoolscrm.importing.file;

/**
 * Thrown when one row of an import file cannot become a customer. The import records the row
 * number, column, value and reason and shows them to the salesperson, so the reason states what
 * is wrong and what to do.
 */
public final class RowRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Maximum length of {@link #value()} in code points, the size of the column that stores it. */
    public static final int VALUE_MAX = 500;

    private final long rowNumber;
    private final String column;
    private final String value;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param rowNumber the row as a spreadsheet numbers it
     * @param column the header as the file spells it, or null if the problem concerns the whole row
     * @param value the offending value, or null; values longer than {@link #VALUE_MAX} are cut
     * @param reason a plain sentence that states what is wrong and what to do
     */
    public RowRejectedException(long rowNumber, String column, String value, String reason) {
        super(formatMessage(rowNumber, column, reason));
        this.rowNumber = rowNumber;
        this.column = column;
        this.value = CellText.truncate(value, VALUE_MAX);
        this.reason = reason;
    }

    public long rowNumber() {
        return rowNumber;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }

    private static String formatMessage(long rowNumber, String column, String reason) {
        if (column == null) {
            return "Row " + rowNumber + ": " + reason;
        }
        return "Row " + rowNumber + ", column " + column + ": " + reason;
    }
}
