package org.xtoolscrm.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.activity.ActivityForm;
import org.xtoolscrm.activity.ActivityService;
import org.xtoolscrm.contract.Contract;
import org.xtoolscrm.contract.ContractForm;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.contract.PaymentForm;
import org.xtoolscrm.contract.PaymentRecord;
import org.xtoolscrm.contract.PaymentService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.report.statistics.Condition;
import org.xtoolscrm.report.statistics.ConditionField;
import org.xtoolscrm.report.statistics.ConditionOperator;
import org.xtoolscrm.report.statistics.InvalidStatisticsQueryException;
import org.xtoolscrm.report.statistics.Statistics;
import org.xtoolscrm.report.statistics.StatisticsError;
import org.xtoolscrm.report.statistics.StatisticsLabels;
import org.xtoolscrm.report.statistics.StatisticsProblem;
import org.xtoolscrm.report.statistics.StatisticsQuery;
import org.xtoolscrm.report.statistics.StatisticsReport;
import org.xtoolscrm.report.statistics.StatisticsRow;
import org.xtoolscrm.report.statistics.StatisticsService;
import org.xtoolscrm.report.statistics.StatisticsTable;
import org.xtoolscrm.report.statistics.StatisticsWorkbook;

/**
 * The statistics on the server against hand-computed numbers for the first half of 2007.
 * Nothing else in the test database is dated in 2007, so the Boss's company-wide figures
 * are this class's records alone. Each role must see exactly its scope in the statistic (the
 * chart's and the table's data) and in the exported workbook.
 *
 * <p>The customers, created at noon UTC so that their day is the same in any company time zone:
 * <pre>
 * c1 salesA1  ACTIVE    "信息技术"               "华东"          2007-01-15
 * c2 salesA1  PROSPECT  "Information technology" (none)         2007-03-15
 * c3 salesA2  FORMER    "Retail"                 "South China"  2007-03-20
 * c4 salesB1  ACTIVE    "IT"                     "华东"          2007-02-10, shared with salesA2
 * c5 managerA PROSPECT  (none)                   (none)         2007-05-05
 * c6 salesDirect ACTIVE "Mining"                 (none)         2007-06-30
 * c7 salesA1  PROSPECT  "IT"                     (none)         2007-07-01, after the period
 * </pre>
 * Contracts: salesA1 signs 80,000.00 on c1 on 20 Jan, and salesA2 10,000.00 on c3 on 25 Mar,
 * completed. salesB1 signs 50,000.00 on c4 on 12 Feb and drafts 99,999.00 on c4 in February.
 * Payments: 30,000.00 on 5 Feb and 20,000.00 on 5 Mar on c1's contract; 10,000.00 on 28 Mar on
 * c3's; 25,000.00 on 20 Feb on c4's, and 5,000.00 on 21 Feb there that is deleted.
 * Activities: salesA1 calls c1 on 1 Feb and 1 Apr and visits it on 2 Feb; salesA2 e-mails c3,
 * salesB1 calls c4, managerA visits c2; salesA1 also calls c1 in 2008, after the period.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Statistics")
class StatisticsServiceTest {

    private static final LocalDate FROM = LocalDate.of(2007, 1, 1);
    private static final LocalDate TO = LocalDate.of(2007, 6, 30);

    /** Labels that are the resource bundle keys themselves, so the workbook shows what the table holds. */
    private static final StatisticsLabels KEYS = new StatisticsLabels(Locale.ENGLISH, key -> key);

    private static TestTeam team;
    private static final Map<String, Long> CUSTOMERS = new LinkedHashMap<>();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(StatisticsServiceTest.class);
    }

    @EJB
    private StatisticsService statistics;

    @EJB
    private ContractService contracts;

    @EJB
    private PaymentService payments;

    @EJB
    private ActivityService activities;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void seed() throws Exception {
        if (team != null) {
            return;
        }
        team = TestTeam.create("st" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        customer("c1", "salesA1", "ACTIVE", "信息技术", "华东", "2007-01-15");
        customer("c2", "salesA1", "PROSPECT", "Information technology", null, "2007-03-15");
        customer("c3", "salesA2", "FORMER", "Retail", "South China", "2007-03-20");
        customer("c4", "salesB1", "ACTIVE", "IT", "华东", "2007-02-10");
        customer("c5", "managerA", "PROSPECT", null, null, "2007-05-05");
        customer("c6", "salesDirect", "ACTIVE", "Mining", null, "2007-06-30");
        customer("c7", "salesA1", "PROSPECT", "IT", null, "2007-07-01");
        as("salesB1", () -> sharing.share(CUSTOMERS.get("c4"), List.of(team.users.get("salesA2").getId())));

        Contract c1 = contract("salesA1", "c1", "80000.00", "2007-01-20", ContractStatus.EXECUTING);
        payment("salesA1", c1, "2007-02-05", "30000.00");
        payment("salesA1", c1, "2007-03-05", "20000.00");
        Contract c3 = contract("salesA2", "c3", "10000.00", "2007-03-25", ContractStatus.COMPLETED);
        payment("salesA2", c3, "2007-03-28", "10000.00");
        Contract c4 = contract("salesB1", "c4", "50000.00", "2007-02-12", ContractStatus.EXECUTING);
        payment("salesB1", c4, "2007-02-20", "25000.00");
        var deleted = payment("salesB1", c4, "2007-02-21", "5000.00");
        as("salesB1", () -> {
            payments.deletePayment(deleted.getId(), deleted.getVersion());
            return null;
        });
        contract("salesB1", "c4", "99999.00", "2007-02-15", ContractStatus.DRAFT);

        activity("salesA1", "c1", "CALL", "2007-02-01");
        activity("salesA1", "c1", "VISIT", "2007-02-02");
        activity("salesA1", "c1", "CALL", "2007-04-01");
        activity("salesA2", "c3", "EMAIL", "2007-03-21");
        activity("salesB1", "c4", "CALL", "2007-02-11");
        activity("managerA", "c2", "VISIT", "2007-05-06");
        activity("salesA1", "c1", "CALL", "2008-01-10");
    }

    @Test
    @DisplayName("Boss counts customers of the whole company by status, industry, region and owner")
    void bossCustomers() throws Exception {
        Statistics status = as("boss", () -> statistics.statistics(query(StatisticsReport.CUSTOMERS_BY_STATUS)));
        assertEquals(Map.of("PROSPECT", 2L, "ACTIVE", 3L, "FORMER", 1L), counts(status), "c7 is after the period");
        assertEquals(6, status.totalCount());
        assertEquals(new BigDecimal("50.0"), share(status, "ACTIVE"));

        Statistics industry = as("boss", () -> statistics.statistics(query(StatisticsReport.CUSTOMERS_BY_INDUSTRY)));
        // 信息技术, Information technology and IT are the labels and code of one option.
        assertEquals(List.of("IT", "Mining", "RETAIL", "(empty)"), codes(industry));
        assertEquals(List.of(3L, 1L, 1L, 1L), industry.rows().stream().map(StatisticsRow::count).toList());
        assertEquals("Information technology", industry.rows().get(0).group().labelEn());

        Statistics region = as("boss", () -> statistics.statistics(query(StatisticsReport.CUSTOMERS_BY_REGION)));
        assertEquals(List.of("EAST", "SOUTH", "(empty)"), codes(region));
        assertEquals(List.of(2L, 1L, 3L), region.rows().stream().map(StatisticsRow::count).toList());

        Statistics owners = as("boss", () -> statistics.statistics(query(StatisticsReport.CUSTOMERS_BY_OWNER)));
        assertEquals(2L, ownerCount(owners, "salesA1"));
        assertEquals(1L, ownerCount(owners, "salesDirect"));
        assertEquals(5, owners.rows().size());
    }

    @Test
    @DisplayName("Boss sees new customers, contracts and payments by month")
    void bossMonths() throws Exception {
        Statistics created = as("boss", () -> statistics.statistics(query(StatisticsReport.NEW_CUSTOMERS_BY_MONTH)));
        assertEquals(List.of("2007-01", "2007-02", "2007-03", "2007-04", "2007-05", "2007-06"), codes(created));
        assertEquals(List.of(1L, 1L, 2L, 0L, 1L, 1L), created.rows().stream().map(StatisticsRow::count).toList());

        Statistics signed = as("boss", () -> statistics.statistics(query(StatisticsReport.CONTRACTS_BY_MONTH)));
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L), signed.rows().stream().map(StatisticsRow::count).toList(),
                "the February draft does not count");
        assertEquals(money("80000.00"), signed.rows().get(0).amount());
        assertEquals(money("50000.00"), signed.rows().get(1).amount());
        assertEquals(money("140000.00"), signed.totalAmount());

        Statistics received = as("boss", () -> statistics.statistics(query(StatisticsReport.PAYMENTS_BY_MONTH)));
        assertEquals(List.of(0L, 2L, 2L, 0L, 0L, 0L), received.rows().stream().map(StatisticsRow::count).toList());
        assertEquals(money("55000.00"), received.rows().get(1).amount(), "30,000 + 25,000; the deleted 5,000 not");
        assertEquals(money("30000.00"), received.rows().get(2).amount(), "20,000 + 10,000");
        assertEquals(money("85000.00"), received.totalAmount());
    }

    @Test
    @DisplayName("Boss sees activities per user split by type")
    void bossActivities() throws Exception {
        Statistics result = as("boss", () -> statistics.statistics(query(StatisticsReport.ACTIVITIES_BY_USER)));
        assertEquals(6, result.totalCount(), "the 2008 call is after the period");
        StatisticsRow salesA1 = row(result, team.users.get("salesA1").getId().toString());
        assertEquals(3, salesA1.count());
        assertEquals(2L, typeCount(result, salesA1, "CALL"));
        assertEquals(1L, typeCount(result, salesA1, "VISIT"));
        assertEquals(1L, row(result, team.users.get("managerA").getId().toString()).count());
    }

    @Test
    @DisplayName("Each role sees its scope in the statistic and the export")
    void accessMatrix() throws Exception {
        // Customers by status, contracts and payments by month, activities: total count, and amount.
        Map<String, long[]> expected = new LinkedHashMap<>();
        expected.put("boss", new long[] {6, 3, 140000, 4, 85000, 6});
        expected.put("managerA", new long[] {4, 2, 90000, 3, 60000, 5});
        expected.put("managerB", new long[] {1, 1, 50000, 1, 25000, 1});
        // salesA1 gets managerA's visit to c2, because activities follow their customer.
        expected.put("salesA1", new long[] {2, 1, 80000, 2, 50000, 4});
        // salesA2 gets salesB1's shared customer c4 with its contract, payment and call.
        expected.put("salesA2", new long[] {2, 2, 60000, 2, 35000, 2});

        for (Map.Entry<String, long[]> entry : expected.entrySet()) {
            String role = entry.getKey();
            long[] numbers = entry.getValue();
            Statistics status = as(role, () -> statistics.statistics(query(StatisticsReport.CUSTOMERS_BY_STATUS)));
            Statistics signed = as(role, () -> statistics.statistics(query(StatisticsReport.CONTRACTS_BY_MONTH)));
            Statistics received = as(role, () -> statistics.statistics(query(StatisticsReport.PAYMENTS_BY_MONTH)));
            Statistics done = as(role, () -> statistics.statistics(query(StatisticsReport.ACTIVITIES_BY_USER)));

            assertEquals(numbers[0], status.totalCount(), role + " customers");
            assertEquals(numbers[0], status.rows().stream().mapToLong(StatisticsRow::count).sum(), role + " rows");
            assertEquals(numbers[1], signed.totalCount(), role + " contracts");
            assertEquals(money(numbers[2] + ".00"), signed.totalAmount(), role + " contract amount");
            assertEquals(numbers[3], received.totalCount(), role + " payments");
            assertEquals(money(numbers[4] + ".00"), received.totalAmount(), role + " amount received");
            assertEquals(numbers[5], done.totalCount(), role + " activities");

            assertEquals(List.of(Double.valueOf(numbers[0])), exportedTotals(status, 1), role + " customers export");
            assertEquals(List.of((double) numbers[1], (double) numbers[2]), exportedTotals(signed, 2),
                    role + " contracts export");
            assertEquals(List.of((double) numbers[3], (double) numbers[4]), exportedTotals(received, 2),
                    role + " payments export");
            assertEquals((double) numbers[5], exportedTotals(done, done.series().size() + 1)
                    .get(done.series().size()), role + " activities export");
        }
    }

    @Test
    @DisplayName("Team filter narrows and never widens the scope")
    void ownerFilter() throws Exception {
        long managerA = team.users.get("managerA").getId();
        Statistics teamA = as("boss", () -> statistics.statistics(query(StatisticsReport.CUSTOMERS_BY_STATUS)
                .withOwners(OwnerFilter.team(managerA))));
        assertEquals(4, teamA.totalCount());

        Statistics other = as("managerB", () -> statistics.statistics(query(StatisticsReport.CUSTOMERS_BY_STATUS)
                .withOwners(OwnerFilter.team(managerA))));
        assertEquals(0, other.totalCount(), "a filter never widens the scope");
    }

    @Test
    @DisplayName("Advanced query joins its conditions with AND")
    void advancedQuery() throws Exception {
        StatisticsQuery query = query(StatisticsReport.CUSTOMERS_BY_OWNER).withConditions(List.of(
                new Condition(ConditionField.CUSTOMER_STATUS, ConditionOperator.EQUALS, "ACTIVE"),
                new Condition(ConditionField.INDUSTRY, ConditionOperator.EQUALS, "IT"),
                new Condition(ConditionField.CUSTOMER_CREATED, ConditionOperator.GREATER_THAN, "2007-01-31")));

        Statistics result = as("boss", () -> statistics.statistics(query));

        // c1 was created before February, c6 is in mining: only salesB1's c4 is left.
        assertEquals(1, result.totalCount());
        assertEquals(team.users.get("salesB1").getId().toString(), result.rows().get(0).group().code());

        StatisticsQuery notIt = query(StatisticsReport.CUSTOMERS_BY_STATUS).withConditions(List.of(
                new Condition(ConditionField.INDUSTRY, ConditionOperator.NOT_EQUALS, "IT")));
        assertEquals(3, as("boss", () -> statistics.statistics(notIt)).totalCount(),
                "Retail, Mining and the customer without an industry");
    }

    @Test
    @DisplayName("Invalid conditions are named by position")
    void invalidConditions() throws Exception {
        StatisticsQuery query = query(StatisticsReport.PAYMENTS_BY_MONTH).withConditions(List.of(
                new Condition(ConditionField.PAYMENT_METHOD, ConditionOperator.EQUALS, "BANK_TRANSFER"),
                new Condition(ConditionField.CONTRACT_SIGNED, ConditionOperator.LESS_THAN, "2007-13-01"),
                new Condition(ConditionField.INDUSTRY, ConditionOperator.EQUALS, "NO_SUCH_INDUSTRY")));

        InvalidStatisticsQueryException e = assertThrows(InvalidStatisticsQueryException.class,
                () -> as("boss", () -> statistics.statistics(query)));

        assertEquals(List.of(
                new StatisticsProblem(2, ConditionField.CONTRACT_SIGNED, StatisticsError.DATE_INVALID, "2007-13-01"),
                new StatisticsProblem(3, ConditionField.INDUSTRY, StatisticsError.OPTION_UNKNOWN, "NO_SUCH_INDUSTRY")),
                e.getProblems());
    }

    private static StatisticsQuery query(StatisticsReport report) {
        return StatisticsQuery.of(report, FROM, TO);
    }

    /** Writes the statistic as the page exports it and returns the total row's values from the given column on. */
    private static List<Double> exportedTotals(Statistics result, int columns) throws Exception {
        StatisticsTable table = StatisticsTable.of(result, KEYS, List.of("Period"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(StatisticsWorkbook.write(table)))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("report.statistics.total", total.getCell(0).getStringCellValue());
            assertEquals(result.rows().size(), sheet.getLastRowNum() - 3 - 1, "one sheet row per table row");
            List<Double> values = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                values.add(total.getCell(i).getNumericCellValue());
            }
            return values;
        }
    }

    private static Map<String, Long> counts(Statistics result) {
        Map<String, Long> counts = new LinkedHashMap<>();
        result.rows().forEach(row -> counts.put(row.group().code(), row.count()));
        return counts;
    }

    private static BigDecimal share(Statistics result, String code) {
        return row(result, code).share();
    }

    private static List<String> codes(Statistics result) {
        return result.rows().stream().map(row -> row.group().isEmpty() ? "(empty)" : row.group().code()).toList();
    }

    private static StatisticsRow row(Statistics result, String code) {
        return result.rows().stream().filter(row -> code.equals(row.group().code())).findFirst().orElseThrow();
    }

    private static long ownerCount(Statistics result, String key) {
        return row(result, team.users.get(key).getId().toString()).count();
    }

    private static long typeCount(Statistics result, StatisticsRow row, String type) {
        for (int i = 0; i < result.series().size(); i++) {
            if (result.series().get(i).code().equals(type)) {
                return row.seriesCounts().get(i);
            }
        }
        throw new AssertionError("No series " + type);
    }

    private void customer(String key, String owner, String status, String industry, String region, String created)
            throws Exception {
        Timestamp at = Timestamp.from(Instant.parse(created + "T12:00:00Z"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO customer (customer_code, customer_type, name, owner_id, status, industry, region, "
                             + "created_at, updated_at, version) VALUES (?, 'ENTERPRISE', ?, ?, ?, ?, ?, ?, ?, 0)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, team.prefix + "-" + key);
            insert.setString(2, "Statistics " + team.prefix + " " + key);
            insert.setLong(3, team.users.get(owner).getId());
            insert.setString(4, status);
            insert.setString(5, industry);
            insert.setString(6, region);
            insert.setTimestamp(7, at);
            insert.setTimestamp(8, at);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                CUSTOMERS.put(key, keys.getLong(1));
            }
        }
    }

    private Contract contract(String owner, String customer, String amount, String signedOn, ContractStatus status)
            throws Exception {
        ContractForm form = new ContractForm();
        form.setCustomerId(CUSTOMERS.get(customer));
        form.setTitle("Statistics " + customer + " " + signedOn);
        form.setSignedOn(LocalDate.parse(signedOn));
        form.setAmount(money(amount));
        form.setCurrency("CNY");
        form.setStatus(status);
        return as(owner, () -> contracts.create(form));
    }

    private PaymentRecord payment(String user, Contract contract, String receivedOn,
                                                         String amount) throws Exception {
        PaymentForm form = new PaymentForm(LocalDate.parse(receivedOn), money(amount), "BANK_TRANSFER", null);
        return as(user, () -> payments.addPayment(contract.getId(), form));
    }

    private void activity(String owner, String customer, String type, String day) throws Exception {
        ActivityForm form = new ActivityForm();
        form.setType(type);
        form.setTime(Instant.parse(day + "T10:00:00Z"));
        form.setContent("Statistics " + type + " on " + day);
        as(owner, () -> activities.create(CUSTOMERS.get(customer), form));
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }
}
