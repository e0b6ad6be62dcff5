package org.xtoolscrm.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.Contract;
import org.xtoolscrm.contract.ContractError;
import org.xtoolscrm.contract.ContractForm;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.contract.CustomerTotals;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.PaymentArithmetic;
import org.xtoolscrm.contract.PaymentDueRow;
import org.xtoolscrm.contract.PaymentForm;
import org.xtoolscrm.contract.PaymentService;
import org.xtoolscrm.contract.PlanForm;
import org.xtoolscrm.contract.PlanRow;
import org.xtoolscrm.contract.ReceivablesService;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerForm;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.money.CurrencyRateService;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.workbench.CompanyTotals;
import org.xtoolscrm.workbench.WorkbenchService;

/**
 * Contracts on the server: the money of a customer against a hand-computed example,
 * partial, unplanned and excess payments, currencies with and without a rate, the
 * customer's status following its contracts, numbering, and the workbench's figures.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Contract service")
class ContractServiceTest {

    private static TestTeam team;
    private static int sequence;
    /** The owner key of each customer the tests created. */
    private static final Map<Long, String> owners = new HashMap<>();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ContractServiceTest.class);
    }

    @EJB
    private ContractService contracts;

    @EJB
    private PaymentService payments;

    @EJB
    private ReceivablesService receivables;

    @EJB
    private WorkbenchService workbench;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService customerEditor;

    @EJB
    private CurrencyRateService rates;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    private LocalDate today;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("ks" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
            Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> {
                rates.save("SGD", new BigDecimal("5.250000"), null);
                if (rates.current().converts("NOK")) {
                    rates.remove("NOK");
                }
                return null;
            });
        }
        today = CompanyCalendar.current().today();
    }

    @Test
    @DisplayName("A customer's totals match the hand-computed example to the cent")
    void customerTotals() throws Exception {
        long customerId = newCustomer("salesA1");
        // 100,000.00 CNY in three instalments; 30,000.00 named for the first, 12,345.67 without
        // an instalment, which settles part of the second, now overdue.
        Contract cny = contract(customerId, "100000.00", "CNY", ContractStatus.EXECUTING);
        as("salesA1", () -> {
            long first = payments.addPlan(cny.getId(), new PlanForm(today.minusDays(40), money("30000.00"), null))
                    .getId();
            payments.addPlan(cny.getId(), new PlanForm(today.minusDays(10), money("30000.00"), null));
            payments.addPlan(cny.getId(), new PlanForm(today.plusDays(20), money("40000.00"), null));
            payments.addPayment(cny.getId(), payment(today.minusDays(35), "30000.00", first));
            payments.addPayment(cny.getId(), payment(today.minusDays(5), "12345.67", null));
            return null;
        });
        // 10,000.00 SGD at 5.25, paid 12,000.00: paid beyond the amount, nothing outstanding.
        Contract sgd = contract(customerId, "10000.00", "SGD", ContractStatus.EXECUTING);
        as("salesA1", () -> {
            payments.addPlan(sgd.getId(), new PlanForm(today.minusDays(5), money("10000.00"), null));
            payments.addPayment(sgd.getId(), payment(today.minusDays(1), "12000.00", null));
            return null;
        });
        // A draft and a terminated contract are owed nothing; a currency without a rate is left out.
        contract(customerId, "8000.00", "CNY", ContractStatus.DRAFT);
        contract(customerId, "20000.00", "CNY", ContractStatus.TERMINATED);
        contract(customerId, "1000.00", "NOK", ContractStatus.EXECUTING);

        CustomerTotals totals = as("salesA1", () -> receivables.customerTotals(customerId));

        assertEquals(money("152500.00"), totals.contractAmount(), "100,000 + 10,000 × 5.25");
        assertEquals(money("105345.67"), totals.received(), "42,345.67 + 12,000 × 5.25");
        assertEquals(money("57654.33"), totals.outstanding(), "100,000 − 42,345.67; the SGD contract owes nothing");
        assertEquals(money("17654.33"), totals.overdue(), "30,000 − 12,345.67 of the second instalment");
        assertEquals(1, totals.overdueCount());
        assertEquals(Set.of("NOK"), totals.unconverted());

        PaymentArithmetic.Summary summary = as("salesA1", () -> payments.summary(cny.getId()));
        assertEquals(money("57654.33"), summary.outstanding());
        List<PlanRow> plans = as("salesA1", () -> payments.plans(cny.getId()));
        assertEquals(List.of(money("30000.00"), money("12345.67"), money("0.00")),
                plans.stream().map(PlanRow::settled).toList());
        assertEquals(List.of(false, true, false), plans.stream().map(PlanRow::overdue).toList());
        assertEquals(money("2000.00"), as("salesA1", () -> payments.summary(sgd.getId())).overpaid());
    }

    @Test
    @DisplayName("Changing and deleting payments settles the instalments again")
    void resettle() throws Exception {
        long customerId = newCustomer("salesA2");
        Contract contract = contract(customerId, "5000.00", "CNY", ContractStatus.EXECUTING);
        long paymentId = as("salesA2", () -> {
            payments.addPlan(contract.getId(), new PlanForm(today.plusDays(5), money("2000.00"), null));
            payments.addPlan(contract.getId(), new PlanForm(today.plusDays(35), money("3000.00"), null));
            return payments.addPayment(contract.getId(), payment(today, "2500.00", null)).getId();
        });
        assertEquals(List.of(money("2000.00"), money("500.00")), settled(contract.getId()));
        int contractVersion = as("salesA2", () -> contracts.get(contract.getId()).getVersion());
        InvalidContractException backToDraft = as("salesA2", () -> assertThrows(InvalidContractException.class,
                () -> contracts.changeStatus(contract.getId(), contractVersion, ContractStatus.DRAFT)));
        assertTrue(backToDraft.has(ContractError.DRAFT_WITH_PAYMENTS));

        int version = as("salesA2", () -> payments.getPayment(paymentId).getVersion());
        as("salesA2", () -> payments.updatePayment(paymentId, version, payment(today, "1500.00", null)));
        assertEquals(List.of(money("1500.00"), money("0.00")), settled(contract.getId()));

        int current = as("salesA2", () -> payments.getPayment(paymentId).getVersion());
        as("salesA2", () -> assertThrows(StaleContractException.class,
                () -> payments.updatePayment(paymentId, version, payment(today, "100.00", null))));
        as("salesA2", () -> payments.deletePayment(paymentId, current));
        assertEquals(List.of(money("0.00"), money("0.00")), settled(contract.getId()));
    }

    @Test
    @DisplayName("Payment rules: signed contracts only, no future dates, an instalment of the same contract")
    void paymentRules() throws Exception {
        long customerId = newCustomer("salesA1");
        Contract draft = contract(customerId, "1000.00", "CNY", ContractStatus.DRAFT);
        Contract other = contract(customerId, "1000.00", "CNY", ContractStatus.EXECUTING);
        long otherPlan = as("salesA1", () -> payments.addPlan(other.getId(),
                new PlanForm(today, money("1000.00"), null)).getId());

        InvalidContractException notSigned = as("salesA1", () -> assertThrows(InvalidContractException.class,
                () -> payments.addPayment(draft.getId(), payment(today, "10.00", null))));
        assertTrue(notSigned.has(ContractError.CONTRACT_NOT_SIGNED));

        Contract executing = contract(customerId, "1000.00", "CNY", ContractStatus.EXECUTING);
        InvalidContractException broken = as("salesA1", () -> assertThrows(InvalidContractException.class,
                () -> payments.addPayment(executing.getId(), payment(today.plusDays(1), "10.001", otherPlan))));
        assertTrue(broken.has(ContractError.RECEIVED_ON_IN_FUTURE), broken.getProblems().toString());
        assertTrue(broken.has(ContractError.PAYMENT_AMOUNT_TOO_PRECISE), broken.getProblems().toString());
        assertTrue(broken.has(ContractError.PLAN_NOT_OF_CONTRACT), broken.getProblems().toString());
    }

    @Test
    @DisplayName("The customer's status follows its contracts, and a Boss's choice holds until the next change")
    void customerStatusFollows() throws Exception {
        long customerId = newCustomer("salesA1");
        Contract draft = contract(customerId, "1000.00", "CNY", ContractStatus.DRAFT);
        assertEquals(CustomerStatus.PROSPECT, status(customerId), "a draft changes nothing");

        Contract executing = as("salesA1", () -> contracts.changeStatus(draft.getId(), draft.getVersion(),
                ContractStatus.EXECUTING));
        assertEquals(CustomerStatus.ACTIVE, status(customerId));

        Contract second = contract(customerId, "2000.00", "CNY", ContractStatus.EXECUTING);
        as("salesA1", () -> contracts.changeStatus(executing.getId(), executing.getVersion(),
                ContractStatus.COMPLETED));
        assertEquals(CustomerStatus.ACTIVE, status(customerId), "one contract still executes");

        as("salesA1", () -> contracts.changeStatus(second.getId(), second.getVersion(), ContractStatus.TERMINATED));
        assertEquals(CustomerStatus.FORMER, status(customerId), "all contracts completed or terminated");

        setStatus(customerId, CustomerStatus.ACTIVE);
        contract(customerId, "500.00", "CNY", ContractStatus.DRAFT);
        assertEquals(CustomerStatus.ACTIVE, status(customerId), "a draft leaves the Boss's choice alone");
    }

    @Test
    @DisplayName("Only a Boss sets a customer's status by hand")
    void statusByHand() throws Exception {
        long customerId = newCustomer("salesA1");
        CustomerForm form = as("salesA1", () -> CustomerForm.of(customers.getVisible(customerId)));
        form.setStatus(CustomerStatus.FORMER);
        int version = as("salesA1", () -> customers.getVisible(customerId).getVersion());
        as("salesA1", () -> customerEditor.update(customerId, version, form));
        assertEquals(CustomerStatus.PROSPECT, status(customerId), "a salesperson's choice is ignored");

        int next = as("boss", () -> customers.getVisible(customerId).getVersion());
        as("boss", () -> customerEditor.update(customerId, next, form));
        assertEquals(CustomerStatus.FORMER, status(customerId));
    }

    @Test
    @DisplayName("Numbers follow the pattern, skip numbers typed by hand, and stay unique")
    void numbering() throws Exception {
        long customerId = newCustomer("salesA1");
        Contract first = contract(customerId, "100.00", "CNY", ContractStatus.DRAFT);
        assertTrue(first.getNumber().matches("HT\\d{6}-\\d{4}"), first.getNumber());
        int next = Integer.parseInt(first.getNumber().substring(first.getNumber().length() - 4)) + 1;
        String typed = first.getNumber().substring(0, first.getNumber().length() - 4) + String.format("%04d", next);

        ContractForm manual = form(customerId, "100.00", "CNY", ContractStatus.DRAFT);
        manual.setNumber(typed);
        as("salesA1", () -> contracts.create(manual));
        Contract after = contract(customerId, "100.00", "CNY", ContractStatus.DRAFT);
        assertNotEquals(typed, after.getNumber(), "the generated number skips the one typed by hand");

        ContractForm duplicate = form(customerId, "100.00", "CNY", ContractStatus.DRAFT);
        duplicate.setNumber(typed.toLowerCase());
        InvalidContractException taken = as("salesA1", () -> assertThrows(InvalidContractException.class,
                () -> contracts.create(duplicate)));
        assertTrue(taken.has(ContractError.NUMBER_TAKEN));
    }

    @Test
    @DisplayName("The currency stays while the contract has instalments")
    void currencyLocked() throws Exception {
        long customerId = newCustomer("salesA1");
        Contract contract = contract(customerId, "100.00", "CNY", ContractStatus.EXECUTING);
        as("salesA1", () -> payments.addPlan(contract.getId(), new PlanForm(today, money("100.00"), null)));
        Contract loaded = as("salesA1", () -> contracts.get(contract.getId()));
        ContractForm form = as("salesA1", () -> ContractForm.of(contracts.get(contract.getId())));
        form.setCurrency("USD");

        InvalidContractException locked = as("salesA1", () -> assertThrows(InvalidContractException.class,
                () -> contracts.update(contract.getId(), loaded.getVersion(), form)));
        assertTrue(locked.has(ContractError.CURRENCY_LOCKED));
    }

    @Test
    @DisplayName("The workbench lists open instalments due within 30 days and adds up the month")
    void workbench() throws Exception {
        CompanyTotals before = as("salesB1", () -> workbench.monthTotals(today));
        long customerId = newCustomer("salesB1");
        Contract contract = contract(customerId, "9000.00", "CNY", ContractStatus.EXECUTING);
        as("salesB1", () -> {
            long paid = payments.addPlan(contract.getId(), new PlanForm(today.plusDays(2), money("3000.00"), null))
                    .getId();
            payments.addPlan(contract.getId(), new PlanForm(today.plusDays(29), money("3000.00"), null));
            payments.addPlan(contract.getId(), new PlanForm(today.plusDays(30), money("3000.00"), null));
            payments.addPayment(contract.getId(), payment(today, "3000.00", paid));
            return null;
        });

        List<PaymentDueRow> due = as("salesB1", () -> receivables.dueSoon(OwnerFilter.visible(), 30, 50));
        List<PaymentDueRow> mine = due.stream().filter(row -> row.contractId().equals(contract.getId())).toList();
        assertEquals(1, mine.size(), "the paid one and the one due on day 31 are not listed: " + mine);
        assertEquals(2, mine.get(0).instalment());
        assertEquals(money("3000.00"), mine.get(0).remaining());
        assertEquals(List.of(2), as("salesB1", () -> receivables.dueForCustomer(customerId, 30, 10)).stream()
                .map(PaymentDueRow::instalment).toList(), "the customer's overview lists the same instalment");
        assertTrue(as("salesA1", () -> receivables.dueSoon(OwnerFilter.visible(), 30, 200)).stream()
                .noneMatch(row -> row.contractId().equals(contract.getId())), "another team's salesperson");

        CompanyTotals after = as("salesB1", () -> workbench.monthTotals(today));
        assertEquals(money("9000.00"), after.contractAmount().subtract(before.contractAmount()));
        assertEquals(money("3000.00"), after.paymentsReceived().subtract(before.paymentsReceived()));
    }

    private List<BigDecimal> settled(long contractId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT settled FROM payment_plan WHERE contract_id = ? AND deletion_id IS NULL ORDER BY due_on")) {
            query.setLong(1, contractId);
            try (ResultSet rows = query.executeQuery()) {
                List<BigDecimal> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getBigDecimal(1));
                }
                return values;
            }
        }
    }

    private CustomerStatus status(long customerId) throws Exception {
        return as("boss", () -> customers.getVisible(customerId).getStatus());
    }

    private void setStatus(long customerId, CustomerStatus status) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE customer SET status = ? WHERE id = ?")) {
            update.setString(1, status.name());
            update.setLong(2, customerId);
            update.executeUpdate();
        }
    }

    private Contract contract(long customerId, String amount, String currency, ContractStatus status)
            throws Exception {
        String owner = owners.get(customerId);
        return as(owner, () -> contracts.create(form(customerId, amount, currency, status)));
    }

    private ContractForm form(long customerId, String amount, String currency, ContractStatus status) {
        ContractForm form = new ContractForm();
        form.setCustomerId(customerId);
        form.setTitle("Contract " + (++sequence));
        form.setSignedOn(today);
        form.setAmount(money(amount));
        form.setCurrency(currency);
        form.setStatus(status);
        return form;
    }

    private static PaymentForm payment(LocalDate receivedOn, String amount, Long planId) {
        return new PaymentForm(receivedOn, money(amount), "BANK_TRANSFER", planId);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private long newCustomer(String ownerKey) throws Exception {
        int number = ++sequence;
        long id = team.addCustomer(dataSource, ownerKey, team.prefix + "-k" + number,
                String.format("Contract service %s %03d", team.prefix, number));
        owners.put(id, ownerKey);
        return id;
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
