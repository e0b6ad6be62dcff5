package org.xtoolscrm.importing.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xtoolscrm.customer.CustomerType;

/**
 * Imports the real sample files from the folder in the system property {@code crm.sample-data.dir}
 * (set by the Maven build). Each test is skipped if the property or its file is missing.
 */
@DisplayName("Real import files")
class SampleFilesTest {

    private static final String DATA_DIR_PROPERTY = "crm.sample-data.dir";

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("customers-1000.csv")
    class CustomersSample {

        private ImportResult result;

        @BeforeAll
        void importFile() throws Exception {
            result = ImportResult.of(sampleFile("customers-1000.csv"));
        }

        @Test
        @DisplayName("is read as UTF-8")
        void isUtf8() {
            assertEquals(StandardCharsets.UTF_8, result.charset);
        }

        @Test
        @DisplayName("maps all 1000 rows")
        void mapsAllRows() {
            assertEquals(1000, result.customers.size());
        }

        @Test
        @DisplayName("rejects no row")
        void rejectsNothing() {
            assertEquals(List.of(), result.rejectionMessages());
        }

        @Test
        @DisplayName("reads the first customer from row 2")
        void readsFirstCustomer() {
            ImportedCustomer first = result.customers.get(0);

            assertEquals(2, first.rowNumber());
            assertEquals("dE014d010c7ab0c", first.code());
            assertEquals("Stewart-Flynn", first.name());
            assertEquals("Andrew Goodman", first.contactName());
            assertEquals(CustomerType.ENTERPRISE, first.type());
            assertEquals("Rowlandberg", first.city());
            assertEquals("Macao", first.country());
            assertEquals("846-790-4623x4715", first.phone());
            assertEquals("(422)787-2331x71127", first.phone2());
            assertEquals("marieyates@gomez-spencer.info", first.email());
            assertEquals("http://www.shea.biz/", first.website());
        }

        @Test
        @DisplayName("keeps a company name with a comma intact")
        void keepsQuotedComma() {
            ImportedCustomer second = result.customers.get(1);

            assertEquals(3, second.rowNumber());
            assertEquals("Terry, Proctor and Lawrence", second.name());
        }

        @Test
        @DisplayName("ends at row 1001")
        void endsAtLastRow() {
            assertEquals(1001, result.customers.get(999).rowNumber());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("szse-a-share-companies-gbk.csv")
    class ExchangeList {

        private ImportResult result;

        @BeforeAll
        void importFile() throws Exception {
            result = ImportResult.of(sampleFile("szse-a-share-companies-gbk.csv"));
        }

        @Test
        @DisplayName("is read as GB18030")
        void isGb18030() {
            assertEquals("GB18030", result.charset.name());
        }

        @Test
        @DisplayName("maps all 2880 rows")
        void mapsAllRows() {
            assertEquals(2880, result.customers.size());
        }

        @Test
        @DisplayName("rejects no row")
        void rejectsNothing() {
            assertEquals(List.of(), result.rejectionMessages());
        }

        @Test
        @DisplayName("reads the first company with its Chinese columns")
        void readsFirstCompany() {
            ImportedCustomer first = result.customers.get(0);

            assertEquals(2, first.rowNumber());
            assertEquals("000001", first.code());
            assertEquals("平安银行股份有限公司", first.name());
            assertEquals(CustomerType.ENTERPRISE, first.type());
            assertEquals("广东省深圳市罗湖区深南东路5047号", first.address());
            assertEquals("华南", first.region());
            assertEquals("广东", first.province());
            assertEquals("深圳市", first.city());
            assertEquals("J 金融业", first.industry());
            assertEquals("bank.pingan.com", first.website());
        }

        @Test
        @DisplayName("keeps a list of two websites as given")
        void keepsWebsiteList() {
            ImportedCustomer row165 = result.customers.get(163);

            assertEquals(165, row165.rowNumber());
            assertEquals("www.shaoneng.com.cn、www.sn0601.com", row165.website());
        }

        @Test
        @DisplayName("maps only the columns it knows")
        void listsUnmappedColumns() {
            assertTrue(result.unmappedHeaders.contains("A股简称"), result.unmappedHeaders.toString());
            assertTrue(result.unmappedHeaders.contains("B股 简 称"), result.unmappedHeaders.toString());
        }
    }

    private static Path sampleFile(String name) {
        String directory = System.getProperty(DATA_DIR_PROPERTY);
        assumeTrue(directory != null, "System property " + DATA_DIR_PROPERTY + " is not set");
        Path file = Path.of(directory, name);
        assumeTrue(Files.isRegularFile(file), "Sample file " + file + " is missing");
        return file;
    }

    /** The outcome of reading and mapping every row of one file. */
    private static final class ImportResult {

        private final List<ImportedCustomer> customers = new ArrayList<>();
        private final List<RowRejectedException> rejections = new ArrayList<>();
        private Charset charset;
        private List<String> unmappedHeaders;

        static ImportResult of(Path file) throws IOException, InvalidImportFileException {
            ImportResult result = new ImportResult();
            try (CsvCustomerFile csv = CsvCustomerFile.open(file)) {
                result.charset = csv.charset();
                result.unmappedHeaders = csv.mapping().unmappedHeaders();
                CustomerRowMapper mapper = new CustomerRowMapper(csv.mapping());
                for (Optional<SourceRow> row = csv.next(); row.isPresent(); row = csv.next()) {
                    result.add(mapper, row.get());
                }
            }
            return result;
        }

        private void add(CustomerRowMapper mapper, SourceRow row) {
            try {
                customers.add(mapper.map(row));
            } catch (RowRejectedException e) {
                rejections.add(e);
            }
        }

        List<String> rejectionMessages() {
            return rejections.stream().map(RowRejectedException::getMessage).toList();
        }
    }
}
