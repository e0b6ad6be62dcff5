package org.xtoolscrm.importing.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV import file, read one data row at a time.
 *
 * <p>The file is parsed as RFC 4180 CSV with Apache Commons CSV: comma-separated, values in
 * double quotes may contain commas, quotes and line breaks, and lines may end in CRLF or LF.
 * The first non-blank row is the header row. An instance is not thread-safe.
 */
public final class CsvCustomerFile implements Closeable {

    private static final Logger LOG = Logger.getLogger(CsvCustomerFile.class.getName());

    /** Blank lines are kept so that record numbers stay equal to spreadsheet row numbers. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .get();

    private final Charset charset;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final HeaderMapping mapping;
    private final long headerRowNumber;
    private long lastRowRead;
    private InvalidImportFileException failure;

    private CsvCustomerFile(Charset charset, CSVParser parser) throws IOException, InvalidImportFileException {
        this.charset = charset;
        this.parser = parser;
        this.records = parser.iterator();
        CSVRecord header = nextNonBlankRecord().orElseThrow(() -> new InvalidImportFileException(
                "The file is empty. Its first row must be a header row with column names"
                        + " such as Company, Email and Phone."));
        this.headerRowNumber = header.getRecordNumber();
        this.mapping = HeaderMapping.of(header.toList());
    }

    /**
     * Opens an import file, detects its encoding and reads its header row.
     *
     * <p>A file with a UTF-8 byte order mark is read as UTF-8 without the mark. Otherwise the file
     * is read as UTF-8 if all of it is valid UTF-8, and else as GB18030, which covers GBK. A file
     * with only a header row is valid and has no data rows.
     *
     * @throws InvalidImportFileException if the file is in neither encoding, has no header row
     *     or no column for the customer's name, or its header row is not valid CSV
     */
    public static CsvCustomerFile open(Path file) throws IOException, InvalidImportFileException {
        FileEncoding encoding = FileEncoding.detect(file);
        Reader reader = encoding.openReader(file);
        try {
            CsvCustomerFile csvFile = new CsvCustomerFile(encoding.charset(), CSVParser.parse(reader, FORMAT));
            LOG.fine(() -> "Opened " + file + " as " + encoding.charset() + " with header row "
                    + csvFile.headerRowNumber + "; ignored columns: " + csvFile.mapping.unmappedHeaders());
            return csvFile;
        } catch (IOException | InvalidImportFileException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Returns the detected encoding: UTF-8 or GB18030. */
    public Charset charset() {
        return charset;
    }

    public HeaderMapping mapping() {
        return mapping;
    }

    /**
     * Reads the next data row, skipping rows whose values are all empty or whitespace, such as
     * blank lines and the {@code ,,,} lines that spreadsheets write for empty rows.
     *
     * @return the row, or empty at the end of the file
     * @throws InvalidImportFileException if the next row is not valid CSV, for example because a
     *     quoted value is never closed. The rows before it were returned normally. Later calls
     *     throw the same exception.
     */
    public Optional<SourceRow> next() throws IOException, InvalidImportFileException {
        return nextNonBlankRecord().map(record -> new SourceRow(record.getRecordNumber(), record.toList()));
    }

    /**
     * Skips ahead so that {@link #next()} returns the first data row after {@code lastRowDone},
     * the row number of a checkpoint. Values of 0 up to the header row number skip nothing.
     *
     * @throws IllegalStateException if rows after {@code lastRowDone} were already read
     */
    public void skipTo(long lastRowDone) throws IOException, InvalidImportFileException {
        if (lastRowDone < 0) {
            throw new IllegalArgumentException("Row number must be 0 or more: " + lastRowDone);
        }
        if (lastRowDone < lastRowRead && lastRowRead > headerRowNumber) {
            throw new IllegalStateException(
                    "Cannot skip back to row " + lastRowDone + " after row " + lastRowRead + " was read");
        }
        while (lastRowRead < lastRowDone && nextRecord().isPresent()) {
            // Each record read moves lastRowRead forward.
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private Optional<CSVRecord> nextNonBlankRecord() throws IOException, InvalidImportFileException {
        Optional<CSVRecord> record = nextRecord();
        while (record.isPresent() && isBlank(record.get())) {
            record = nextRecord();
        }
        return record;
    }

    private Optional<CSVRecord> nextRecord() throws IOException, InvalidImportFileException {
        if (failure != null) {
            throw failure;
        }
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            CSVRecord record = records.next();
            lastRowRead = record.getRecordNumber();
            return Optional.of(record);
        } catch (UncheckedIOException e) {
            failure = translate(e.getCause());
            throw failure;
        }
    }

    /**
     * Converts a parser error into a message for the salesperson, or rethrows it if it is an
     * I/O failure that has nothing to do with the file's content.
     */
    private InvalidImportFileException translate(IOException error) throws IOException {
        if (error instanceof CSVException) {
            // The parser counts only complete records, so the failing one is the next number.
            long row = parser.getRecordNumber() + 1;
            return new InvalidImportFileException(row, "Row " + row + " is not valid CSV: a value"
                    + " that starts with a double quote (\") is not closed, or has other characters"
                    + " after its closing quote. Fix the quotes in that row and import the file again.", error);
        }
        if (error instanceof CharacterCodingException) {
            // Detection decoded the whole file at open, so the file must have changed since.
            // The reader decodes ahead of the parser, so the row is unknown.
            return new InvalidImportFileException("The file contains bytes that are not valid " + charset
                    + " text. It may have changed while it was read. Upload it again.", error);
        }
        throw error;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (CellText.clean(value) != null) {
                return false;
            }
        }
        return true;
    }
}
