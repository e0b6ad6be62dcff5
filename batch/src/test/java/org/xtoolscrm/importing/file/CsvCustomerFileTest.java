package org.xtoolscrm.importing.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("CsvCustomerFile")
class CsvCustomerFileTest {

    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path directory;

    @Nested
    @DisplayName("encoding detection")
    class EncodingDetection {

        @Test
        @DisplayName("reads UTF-8 with a BOM and drops the BOM")
        void readsUtf8WithByteOrderMark() throws Exception {
            Path file = write(concat(UTF_8_BOM, utf8("Name,City\r\n北京客户,北京\r\n")));

            try (CsvCustomerFile csv = CsvCustomerFile.open(file)) {
                assertEquals(StandardCharsets.UTF_8, csv.charset());
                assertEquals("Name", csv.mapping().headers().get(0));
                assertEquals(OptionalInt.of(0), csv.mapping().column(CustomerField.NAME));
                assertEquals(List.of("北京客户", "北京"), csv.next().orElseThrow().values());
            }
        }

        @Test
        @DisplayName("reads UTF-8 without a BOM")
        void readsUtf8WithoutByteOrderMark() throws Exception {
            Path file = write(utf8("客户名称,城市\r\n万  科Ａ,深圳市\r\n"));

            try (CsvCustomerFile csv = CsvCustomerFile.open(file)) {
                assertEquals(StandardCharsets.UTF_8, csv.charset());
                assertEquals(List.of("万  科Ａ", "深圳市"), csv.next().orElseThrow().values());
            }
        }

        @Test
        @DisplayName("reads an ASCII file as UTF-8")
        void readsAsciiAsUtf8() throws Exception {
            Path file = write(utf8("Company\r\nAcme\r\n"));

            try (CsvCustomerFile csv = CsvCustomerFile.open(file)) {
                assertEquals(StandardCharsets.UTF_8, csv.charset());
            }
        }

        @Test
        @DisplayName("reads GBK bytes as GB18030")
        void readsGbkAsGb18030() throws Exception {
            Path file = write("公司全称,地      区,城     市\r\n平安银行股份有限公司,华南,深圳市\r\n"
                    .getBytes(Charset.forName("GBK")));

            try (CsvCustomerFile csv = CsvCustomerFile.open(file)) {
                assertEquals("GB18030", csv.charset().name());
                assertEquals(OptionalInt.of(1), csv.mapping().column(CustomerField.REGION));
                assertEquals(List.of("平安银行股份有限公司", "华南", "深圳市"), csv.next().orElseThrow().values());
            }
        }

        @Test
        @DisplayName("rejects a file that is neither UTF-8 nor GB18030")
        void rejectsUnknownEncoding() {
            Path file = write(concat(utf8("Name\r\n"), new byte[] {(byte) 0xFF, (byte) 0xFF, '\r', '\n'}));

            InvalidImportFileException e = assertThrows(InvalidImportFileException.class,
                    () -> CsvCustomerFile.open(file));

            assertTrue(e.getMessage().contains("neither UTF-8 nor GBK"), e.getMessage());
        }

        @Test
        @DisplayName("rejects invalid UTF-8 after a BOM")
        void rejectsInvalidUtf8AfterByteOrderMark() {
            Path file = write(concat(UTF_8_BOM, "Name\r\n平安\r\n".getBytes(Charset.forName("GBK"))));

            InvalidImportFileException e = assertThrows(InvalidImportFileException.class,
                    () -> CsvCustomerFile.open(file));

            assertTrue(e.getMessage().contains("byte order mark"), e.getMessage());
        }
    }

    @Nested
    @DisplayName("header row")
    class HeaderRow {

        @Test
        @DisplayName("rejects an empty file")
        void rejectsEmptyFile() {
            Path file = write(new byte[0]);

            InvalidImportFileException e = assertThrows(InvalidImportFileException.class,
                    () -> CsvCustomerFile.open(file));

            assertTrue(e.getMessage().contains("The file is empty"), e.getMessage());
        }

        @Test
        @DisplayName("rejects a file of blank lines")
        void rejectsBlankFile() {
            Path file = write(utf8("\r\n  \r\n\r\n"));

            assertThrows(InvalidImportFileException.class, () -> CsvCustomerFile.open(file));
        }

        @Test
        @DisplayName("accepts a file with only a header row")
        void acceptsHeaderOnly() throws Exception {
            Path file = write(utf8("Company,Email\r\n"));

            try (CsvCustomerFile csv = CsvCustomerFile.open(file)) {
                assertEquals(Optional.empty(), csv.next());
            }
        }

        @Test
        @DisplayName("accepts a header row without a line break")
        void acceptsHeaderWithoutLineBreak() throws Exception {
            Path file = write(utf8("Company,Email"));

            try (CsvCustomerFile csv = CsvCustomerFile.open(file)) {
                assertEquals(2, csv.mapping().headerCount());
                assertEquals(Optional.empty(), csv.next());
            }
        }

        @Test
        @DisplayName("rejects a header without a name column")
        void rejectsHeaderWithoutName() {
            Path file = write(utf8("Email,City\r\na@example.com,Paris\r\n"));

            InvalidImportFileException e = assertThrows(InvalidImportFileException.class,
                    () -> CsvCustomerFile.open(file));

            assertTrue(e.getMessage().contains("Email, City"), e.getMessage());
        }

        @Test
        @DisplayName("uses the first non-blank row as the header row")
        void skipsLeadingBlankLines() throws Exception {
            Path file = write(utf8("\r\nCompany\r\nAcme\r\n"));

            try (CsvCustomerFile csv = CsvCustomerFile.open(file)) {
                assertEquals(3, csv.next().orElseThrow().rowNumber());
            }
        }
    }

    @Nested
    @DisplayName("data rows")
    class DataRows {

        @Test
        @DisplayName("numbers the first data row 2")
        void numbersFirstRowTwo() throws Exception {
            List<SourceRow> rows = readAll(utf8("Company\r\nAcme\r\nGlobex\r\n"));

            assertEquals(List.of(2L, 3L), rowNumbers(rows));
        }

        @Test
        @DisplayName("skips blank lines but counts them in row numbers")
        void skipsBlankLines() throws Exception {
            List<SourceRow> rows = readAll(utf8("Company,City\r\nAcme,Paris\r\n\r\n  \r\n,\r\nGlobex,Lyon\r\n"));

            assertEquals(List.of(2L, 6L), rowNumbers(rows));
        }

        @Test
        @DisplayName("keeps row numbers right after a quoted value with a line break")
        void countsQuotedLineBreakAsOneRow() throws Exception {
            List<SourceRow> rows = readAll(utf8("Company,Address\r\nAcme,\"1 Main St\r\nSpringfield\"\r\nGlobex,x\r\n"));

            assertEquals(List.of(2L, 3L), rowNumbers(rows));
            assertEquals("1 Main St\r\nSpringfield", rows.get(0).values().get(1));
        }

        @Test
        @DisplayName("keeps a comma inside quotes in its value")
        void keepsQuotedComma() throws Exception {
            List<SourceRow> rows = readAll(utf8("Company,City\r\n\"Terry, Proctor and Lawrence\",Bethside\r\n"));

            assertEquals(List.of("Terry, Proctor and Lawrence", "Bethside"), rows.get(0).values());
        }

        @Test
        @DisplayName("reads doubled quotes inside quotes as one quote")
        void readsEscapedQuote() throws Exception {
            List<SourceRow> rows = readAll(utf8("Company\r\n\"The \"\"Best\"\" Shop\"\r\n"));

            assertEquals("The \"Best\" Shop", rows.get(0).values().get(0));
        }

        @Test
        @DisplayName("reads LF line endings")
        void readsLineFeeds() throws Exception {
            List<SourceRow> rows = readAll(utf8("Company,City\nAcme,Paris\nGlobex,Lyon\n"));

            assertEquals(List.of(2L, 3L), rowNumbers(rows));
            assertEquals(List.of("Globex", "Lyon"), rows.get(1).values());
        }

        @Test
        @DisplayName("returns values as the file contains them")
        void keepsValuesUntrimmed() throws Exception {
            List<SourceRow> rows = readAll(utf8("Company,Code\r\n  Acme  ,000123\r\n"));

            assertEquals(List.of("  Acme  ", "000123"), rows.get(0).values());
        }

        @Test
        @DisplayName("returns empty at the end of the file and after it")
        void returnsEmptyAtEnd() throws Exception {
            try (CsvCustomerFile csv = CsvCustomerFile.open(write(utf8("Company\r\nAcme\r\n")))) {
                csv.next();

                assertEquals(Optional.empty(), csv.next());
                assertEquals(Optional.empty(), csv.next());
            }
        }
    }

    @Nested
    @DisplayName("malformed CSV")
    class MalformedCsv {

        private final byte[] unclosedQuote = utf8("Company,City\r\nAcme,Paris\r\nGlobex,Lyon\r\nInitech,\"Austin\r\nHooli,x\r\n");

        @Test
        @DisplayName("returns the rows before an unclosed quote")
        void returnsRowsBeforeError() throws Exception {
            try (CsvCustomerFile csv = CsvCustomerFile.open(write(unclosedQuote))) {
                assertEquals(2, csv.next().orElseThrow().rowNumber());
                assertEquals(3, csv.next().orElseThrow().rowNumber());
            }
        }

        @Test
        @DisplayName("names the row of an unclosed quote")
        void namesRowOfUnclosedQuote() throws Exception {
            try (CsvCustomerFile csv = CsvCustomerFile.open(write(unclosedQuote))) {
                csv.next();
                csv.next();

                InvalidImportFileException e = assertThrows(InvalidImportFileException.class, csv::next);

                assertEquals(OptionalLong.of(4), e.rowNumber());
                assertTrue(e.getMessage().startsWith("Row 4 is not valid CSV"), e.getMessage());
            }
        }

        @Test
        @DisplayName("throws the same exception on later calls")
        void keepsFailing() throws Exception {
            try (CsvCustomerFile csv = CsvCustomerFile.open(write(unclosedQuote))) {
                csv.skipTo(3);
                InvalidImportFileException first = assertThrows(InvalidImportFileException.class, csv::next);

                InvalidImportFileException second = assertThrows(InvalidImportFileException.class, csv::next);

                assertSame(first, second);
            }
        }

        @Test
        @DisplayName("names the row with characters after a closing quote")
        void namesRowWithTextAfterQuote() throws Exception {
            byte[] content = utf8("Company,City\r\nAcme,Paris\r\n\"Globex\"Corp,Lyon\r\n");

            try (CsvCustomerFile csv = CsvCustomerFile.open(write(content))) {
                csv.next();

                InvalidImportFileException e = assertThrows(InvalidImportFileException.class, csv::next);

                assertEquals(OptionalLong.of(3), e.rowNumber());
            }
        }

        @Test
        @DisplayName("rejects a malformed header row when opening")
        void rejectsMalformedHeader() {
            Path file = write(utf8("\"Company,City\r\n"));

            InvalidImportFileException e = assertThrows(InvalidImportFileException.class,
                    () -> CsvCustomerFile.open(file));

            assertEquals(OptionalLong.of(1), e.rowNumber());
        }
    }

    @Nested
    @DisplayName("skipTo")
    class SkipTo {

        private final byte[] fiveRows = utf8("Company\r\nA\r\nB\r\n\r\n\"D\r\nD\"\r\nE\r\n");

        @Test
        @DisplayName("resumes at the row after the checkpoint")
        void resumesAfterCheckpoint() throws Exception {
            try (CsvCustomerFile csv = CsvCustomerFile.open(write(fiveRows))) {
                csv.skipTo(3);

                assertEquals(5, csv.next().orElseThrow().rowNumber());
            }
        }

        @Test
        @DisplayName("resumes with the right row after a quoted line break")
        void resumesAfterQuotedLineBreak() throws Exception {
            try (CsvCustomerFile csv = CsvCustomerFile.open(write(fiveRows))) {
                csv.skipTo(5);

                SourceRow row = csv.next().orElseThrow();

                assertEquals(6, row.rowNumber());
                assertEquals(List.of("E"), row.values());
            }
        }

        @Test
        @DisplayName("skips nothing for checkpoint 0 or the header row")
        void skipsNothingAtStart() throws Exception {
            for (long checkpoint : new long[] {0, 1}) {
                try (CsvCustomerFile csv = CsvCustomerFile.open(write(fiveRows))) {
                    csv.skipTo(checkpoint);

                    assertEquals(2, csv.next().orElseThrow().rowNumber(), "checkpoint " + checkpoint);
                }
            }
        }

        @Test
        @DisplayName("ends at a checkpoint at or past the last row")
        void endsAfterLastRow() throws Exception {
            for (long checkpoint : new long[] {6, 100}) {
                try (CsvCustomerFile csv = CsvCustomerFile.open(write(fiveRows))) {
                    csv.skipTo(checkpoint);

                    assertEquals(Optional.empty(), csv.next(), "checkpoint " + checkpoint);
                }
            }
        }

        @Test
        @DisplayName("accepts the current row as checkpoint")
        void allowsCurrentRow() throws Exception {
            try (CsvCustomerFile csv = CsvCustomerFile.open(write(fiveRows))) {
                csv.next();
                csv.skipTo(2);

                assertEquals(3, csv.next().orElseThrow().rowNumber());
            }
        }

        @Test
        @DisplayName("rejects a checkpoint before rows already read")
        void rejectsMovingBack() throws Exception {
            try (CsvCustomerFile csv = CsvCustomerFile.open(write(fiveRows))) {
                csv.next();
                csv.next();

                assertThrows(IllegalStateException.class, () -> csv.skipTo(2));
            }
        }

        @Test
        @DisplayName("rejects a negative checkpoint")
        void rejectsNegative() throws Exception {
            try (CsvCustomerFile csv = CsvCustomerFile.open(write(fiveRows))) {
                assertThrows(IllegalArgumentException.class, () -> csv.skipTo(-1));
            }
        }
    }

    private List<SourceRow> readAll(byte[] content) throws IOException, InvalidImportFileException {
        List<SourceRow> rows = new ArrayList<>();
        try (CsvCustomerFile csv = CsvCustomerFile.open(write(content))) {
            for (Optional<SourceRow> row = csv.next(); row.isPresent(); row = csv.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    private static List<Long> rowNumbers(List<SourceRow> rows) {
        return rows.stream().map(SourceRow::rowNumber).toList();
    }

    private Path write(byte[] content) {
        try {
            return Files.write(Files.createTempFile(directory, "import", ".csv"), content);
        } catch (IOException e) {
            throw new AssertionError("Cannot write the test file", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
