package org.xtoolscrm.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerRow;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSortField;
import org.xtoolscrm.customer.CustomerType;
import org.xtoolscrm.importing.CustomerImport;
import org.xtoolscrm.importing.ImportHistoryService;
import org.xtoolscrm.importing.ImportProblem;
import org.xtoolscrm.importing.job.CustomerImportJobs;
import org.xtoolscrm.importing.job.ImportNotAllowedException;
import org.xtoolscrm.importing.job.ImportStatus;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.ImportRuns;
import org.xtoolscrm.it.support.TestTeam;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Customer import job")
class CustomerImportTest {

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CustomerImportTest.class);
    }

    @EJB
    private CustomerImportJobs jobs;

    @EJB
    private ImportHistoryService history;

    @EJB
    private CustomerService customers;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("imp" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Real customer file imports all 1000 rows, and again only duplicates")
    void customersFileImportsOnce() throws Exception {
        String sales = team.login("salesA1");
        Path file = ImportRuns.sampleFile("customers-1000.csv");

        long first = ImportRuns.start(jobs, sales, TestTeam.PASSWORD, file, sales);
        ImportStatus firstStatus = ImportRuns.awaitEnd(jobs, sales, TestTeam.PASSWORD, first);
        CustomerImport firstRecord = record(sales, first);

        assertEquals(BatchStatus.COMPLETED, firstStatus.batchStatus());
        assertEquals(1000, firstRecord.getImportedCount());
        assertEquals(0, firstRecord.getDuplicateCount());
        assertEquals(0, firstRecord.getRejectedCount());
        assertTrue(firstRecord.isFileDeleted(), "uploaded file is deleted once the job completes");
        assertFalse(Files.exists(Path.of(firstRecord.getFilePath())));

        long ownerId = team.users.get("salesA1").getId();
        CustomerFilter owned = CustomerFilter.none().withOwner(ownerId);
        long ownedBefore = team.customers.get("salesA1").length;
        assertEquals(ownedBefore + 1000, Identities.as(sales, TestTeam.PASSWORD, () -> customers.count(owned)));
        assertEquals(0L, Identities.as(team.login("salesB1"), TestTeam.PASSWORD, () -> customers.count(owned)));

        CustomerRow row = Identities.as(sales, TestTeam.PASSWORD, () -> customers.findPage(
                new CustomerFilter(null, "dE014d010c7ab0c", null, null, null, null),
                CustomerSortField.CODE, true, 0, 10)).get(0);
        assertEquals("Stewart-Flynn", row.getName());
        assertEquals("Andrew Goodman", row.getContactName());
        List<ChangeEntry> created = Identities.as(sales, TestTeam.PASSWORD, () -> customers.history(row.getId()));
        assertEquals(1, created.size());
        assertEquals(ChangeAction.CREATE, created.get(0).getAction());
        assertEquals(sales, created.get(0).getChangedBy());
        assertTrue(created.get(0).getNewValue().contains("customers-1000.csv, row 2"), created.get(0).getNewValue());

        long second = ImportRuns.start(jobs, sales, TestTeam.PASSWORD, file, sales);
        ImportRuns.awaitEnd(jobs, sales, TestTeam.PASSWORD, second);
        CustomerImport secondRecord = record(sales, second);

        assertEquals(0, secondRecord.getImportedCount());
        assertEquals(1000, secondRecord.getDuplicateCount());
        assertEquals(ownedBefore + 1000, Identities.as(sales, TestTeam.PASSWORD, () -> customers.count(owned)));
        List<ImportProblem> duplicates = Identities.as(sales, TestTeam.PASSWORD,
                () -> history.problems(second, 0, 5));
        assertEquals(ImportProblem.Kind.DUPLICATE, duplicates.get(0).getKind());
        assertEquals(2, duplicates.get(0).getFileRow());
        assertEquals("dE014d010c7ab0c", duplicates.get(0).getCellValue());
    }

    @Test
    @DisplayName("GBK exchange file keeps Chinese text and leading zeros")
    void exchangeFileImportsChinese() throws Exception {
        String manager = team.login("managerA");
        String sales = team.login("salesA2");
        long instance = ImportRuns.start(jobs, manager, TestTeam.PASSWORD,
                ImportRuns.sampleFile("szse-a-share-companies-gbk.csv"), sales);
        ImportStatus status = ImportRuns.awaitEnd(jobs, manager, TestTeam.PASSWORD, instance);
        CustomerImport record = record(manager, instance);

        assertEquals(BatchStatus.COMPLETED, status.batchStatus());
        assertEquals(2880, record.getImportedCount());
        assertEquals(0, record.getRejectedCount());
        assertEquals("GB18030", record.getCharsetName());

        Customer pingAn = Identities.as(sales, TestTeam.PASSWORD, () -> {
            CustomerRow row = customers.findPage(new CustomerFilter(null, "000001", null, null, null, null),
                    CustomerSortField.CODE, true, 0, 1).get(0);
            return customers.getVisible(row.getId());
        });
        assertEquals("000001", pingAn.getCode());
        assertEquals("平安银行股份有限公司", pingAn.getName());
        assertEquals(CustomerType.ENTERPRISE, pingAn.getType());
        assertEquals("广东省深圳市罗湖区深南东路5047号", pingAn.getAddress());
        assertEquals("华南", pingAn.getRegion());
        assertEquals("广东", pingAn.getProvince());
        assertEquals("深圳市", pingAn.getCity());
        assertEquals("J 金融业", pingAn.getIndustry());
        assertEquals("bank.pingan.com", pingAn.getWebsite());
        assertEquals(team.users.get("salesA2").getId(), pingAn.getOwner().getId());
    }

    @Test
    @DisplayName("Bad rows are stored with row, column and reason; good rows import")
    void badRowsAreReported() throws Exception {
        String sales = team.login("salesB1");
        String code = team.prefix + "-bad";
        String csv = "Customer Id,Company,City,Email\r\n"
                + code + "-1,Good One Ltd,Hangzhou,one@example.com\r\n"
                + code + "-2,,Ningbo,two@example.com\r\n"
                + code + "-3,Good Three Ltd,Suzhou,three@example.com\r\n"
                + code + "-4,Bad Mail Ltd,Wuxi,four@\r\n"
                + code + "-5,好客户有限公司,南京,five@example.com\r\n";
        long instance = ImportRuns.start(jobs, sales, TestTeam.PASSWORD, "bad-rows.csv", csv,
                StandardCharsets.UTF_8, sales);
        ImportRuns.awaitEnd(jobs, sales, TestTeam.PASSWORD, instance);
        CustomerImport record = record(sales, instance);
        List<ImportProblem> problems = Identities.as(sales, TestTeam.PASSWORD,
                () -> history.problems(instance, 0, 10));

        assertEquals(3, record.getImportedCount());
        assertEquals(2, record.getRejectedCount());
        assertEquals(2, problems.size());
        assertEquals(3, problems.get(0).getFileRow());
        assertEquals("Company", problems.get(0).getColumnName());
        assertNotNull(problems.get(0).getReason());
        assertEquals(5, problems.get(1).getFileRow());
        assertEquals("Email", problems.get(1).getColumnName());
        assertEquals("four@", problems.get(1).getCellValue());
        assertTrue(problems.get(1).getReason().contains("four@"), problems.get(1).getReason());
        assertEquals(3L, Identities.as(sales, TestTeam.PASSWORD,
                () -> customers.count(new CustomerFilter(null, code, null, null, null, null))));
    }

    @Test
    @DisplayName("Owner outside the caller's team is rejected")
    void ownerOutsideTeamIsRejected() throws Exception {
        String other = team.login("salesB1");
        Identities.as(team.login("salesA1"), TestTeam.PASSWORD, () -> assertThrows(ImportNotAllowedException.class,
                () -> ImportRuns.start(jobs, team.login("salesA1"), TestTeam.PASSWORD, "x.csv",
                        "Company\r\nX\r\n", StandardCharsets.UTF_8, other)));
        Identities.as(team.login("managerA"), TestTeam.PASSWORD, () -> assertThrows(ImportNotAllowedException.class,
                () -> ImportRuns.start(jobs, team.login("managerA"), TestTeam.PASSWORD, "x.csv",
                        "Company\r\nX\r\n", StandardCharsets.UTF_8, other)));
    }

    @Test
    @DisplayName("Failed import restarts after its last checkpoint without duplicates")
    void restartContinuesFromCheckpoint() throws Exception {
        String sales = team.login("salesDirect");
        String code = team.prefix + "-rs";
        StringBuilder good = new StringBuilder("Customer Id,Company\r\n");
        for (int i = 1; i <= 1200; i++) {
            good.append(code).append('-').append(i).append(",Company ").append(i).append("\r\n");
        }
        // Row 1101 opens a quote that never closes, so reading fails in the third chunk.
        String broken = good.toString().replace(code + "-1100,Company 1100", code + "-1100,\"Company 1100");

        long instance = ImportRuns.start(jobs, sales, TestTeam.PASSWORD, "restart.csv", broken,
                StandardCharsets.UTF_8, sales);
        ImportStatus failed = ImportRuns.awaitEnd(jobs, sales, TestTeam.PASSWORD, instance);
        CustomerImport afterFailure = record(sales, instance);

        assertEquals(BatchStatus.FAILED, failed.batchStatus());
        assertEquals(1000, afterFailure.getImportedCount(), "two chunks of 500 were committed");
        assertNotNull(afterFailure.getFailureMessage());
        assertTrue(Files.exists(Path.of(afterFailure.getFilePath())), "a failed job keeps its file");

        Files.writeString(Path.of(afterFailure.getFilePath()), good.toString(), StandardCharsets.UTF_8);
        Identities.as(sales, TestTeam.PASSWORD, () -> jobs.restart(instance));
        ImportStatus restarted = ImportRuns.awaitEnd(jobs, sales, TestTeam.PASSWORD, instance);
        CustomerImport done = record(sales, instance);

        assertEquals(BatchStatus.COMPLETED, restarted.batchStatus());
        assertEquals(1200, done.getImportedCount());
        assertEquals(0, done.getDuplicateCount());
        assertEquals(null, done.getFailureMessage());
        assertEquals(1200L, Identities.as(sales, TestTeam.PASSWORD,
                () -> customers.count(new CustomerFilter(null, code, null, null, null, null))));
    }

    @Test
    @DisplayName("Imports of another team are not visible")
    void importsOfOtherTeamAreHidden() throws Exception {
        String sales = team.login("salesA1");
        long instance = ImportRuns.start(jobs, sales, TestTeam.PASSWORD, "mine.csv",
                "Customer Id,Company\r\n" + team.prefix + "-mine-1,Mine Ltd\r\n", StandardCharsets.UTF_8, sales);
        ImportRuns.awaitEnd(jobs, sales, TestTeam.PASSWORD, instance);

        boolean seenByOtherSales = Identities.as(team.login("salesB1"), TestTeam.PASSWORD,
                () -> history.recentImports(100).stream().anyMatch(i -> i.getJobInstanceId() == instance));
        boolean seenByManager = Identities.as(team.login("managerA"), TestTeam.PASSWORD,
                () -> history.recentImports(100).stream().anyMatch(i -> i.getJobInstanceId() == instance));

        assertFalse(seenByOtherSales);
        assertTrue(seenByManager);
        Identities.as(team.login("salesB1"), TestTeam.PASSWORD, () -> assertThrows(
                org.xtoolscrm.access.RecordNotFoundException.class, () -> history.problems(instance, 0, 10)));
    }

    private CustomerImport record(String login, long instance) throws Exception {
        return Identities.as(login, TestTeam.PASSWORD, () -> history.getVisible(instance));
    }
}
