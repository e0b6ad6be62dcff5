package org.xtoolscrm.importing.file;

import java.util.OptionalLong;

/**
 * Thrown when an import file cannot be read as a whole: it is empty, has no name column, is
 * not valid CSV or is in an unsupported encoding. The message is written for the salesperson
 * who uploaded the file.
 */
public final class InvalidImportFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Long rowNumber;

    public InvalidImportFileException(String message) {
        this(message, null);
    }

    public InvalidImportFileException(String message, Throwable cause) {
        super(message, cause);
        this.rowNumber = null;
    }

    /** Creates an exception for a problem found at one row, numbered as a spreadsheet numbers it. */
    public InvalidImportFileException(long rowNumber, String message, Throwable cause) {
        super(message, cause);
        this.rowNumber = rowNumber;
    }

    /** Returns the row where reading stopped, or empty when the problem concerns the whole file. */
    public OptionalLong rowNumber() {
        return rowNumber == null ? OptionalLong.empty() : OptionalLong.of(rowNumber);
    }
}
