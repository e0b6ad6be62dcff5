package org.xtoolscrm.it.expense;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.dictionary.DictionaryError;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.dictionary.InvalidDictionaryOptionException;
import org.xtoolscrm.dictionary.NewOption;
import org.xtoolscrm.expense.DecisionResult;
import org.xtoolscrm.expense.Expense;
import org.xtoolscrm.expense.ExpenseDecision;
import org.xtoolscrm.expense.ExpenseError;
import org.xtoolscrm.expense.ExpenseFilter;
import org.xtoolscrm.expense.ExpenseInput;
import org.xtoolscrm.expense.ExpenseKey;
import org.xtoolscrm.expense.ExpenseProblem;
import org.xtoolscrm.expense.ExpenseRow;
import org.xtoolscrm.expense.ExpenseService;
import org.xtoolscrm.expense.ExpenseSortField;
import org.xtoolscrm.expense.ExpenseStatus;
import org.xtoolscrm.expense.ExpenseSummary;
import org.xtoolscrm.expense.ExpenseTotal;
import org.xtoolscrm.expense.InvalidExpenseException;
import org.xtoolscrm.expense.StaleExpenseException;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Recording, editing and deciding on expenses")
class ExpenseServiceTest {

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ExpenseServiceTest.class);
    }

    @EJB
    private ExpenseService expenses;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService customerEdits;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private RecycleBinService bin;

    @EJB
    private DictionaryService dictionary;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("es" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("A new expense is submitted, filed by the caller, cleaned and logged")
    void createStoresCleanedFields() throws Exception {
        long customer = newCustomer("salesA1");
        Expense created = as("salesA1", () -> expenses.create(customer,
                new ExpenseInput(CompanyCalendar.current().today().minusDays(2), "TRAVEL", new BigDecimal("120.5"), " ",
                        "  Taxi to the airport  ")));

        assertEquals(ExpenseStatus.SUBMITTED, created.getStatus());
        assertEquals(team.users.get("salesA1").getId(), created.getFiledBy().getId());
        assertEquals(new BigDecimal("120.50"), created.getAmount());
        assertEquals("CNY", created.getCurrency());
        assertEquals("Taxi to the airport", created.getDescription());
        assertNull(created.getDecidedBy());

        List<ChangeEntry> history = as("salesA1", () -> expenses.history(created.getId()));
        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE), history.toString());
        assertEquals("120.50", valueOf(history, "amount"));
    }

    @Test
    @DisplayName("Every invalid field is reported at once")
    void invalidFieldsReported() throws Exception {
        long customer = newCustomer("salesA1");
        ExpenseInput input = new ExpenseInput(CompanyCalendar.current().today().plusDays(2), "NO_SUCH_TYPE", new BigDecimal("0"),
                "RMB", "x".repeat(1001));

        InvalidExpenseException e = as("salesA1", () -> assertThrows(InvalidExpenseException.class,
                () -> expenses.create(customer, input)));

        List<ExpenseError> errors = e.getProblems().stream().map(ExpenseProblem::error).toList();
        assertTrue(errors.contains(ExpenseError.DATE_IN_FUTURE), errors.toString());
        assertTrue(errors.contains(ExpenseError.TYPE_UNKNOWN), errors.toString());
        assertTrue(errors.contains(ExpenseError.AMOUNT_NOT_POSITIVE), errors.toString());
        assertTrue(errors.contains(ExpenseError.CURRENCY_INVALID), errors.toString());
        assertTrue(errors.contains(ExpenseError.DESCRIPTION_TOO_LONG), errors.toString());
        assertEquals(0L, (long) as("salesA1", () -> expenses.countForCustomer(customer)), "nothing stored");
    }

    @Test
    @DisplayName("Amounts take at most two decimals and the date is not in the future")
    void amountAndDateRules() throws Exception {
        long customer = newCustomer("salesA1");

        InvalidExpenseException precise = as("salesA1", () -> assertThrows(InvalidExpenseException.class,
                () -> expenses.create(customer, input(CompanyCalendar.current().today(), "10.125"))));
        assertEquals(ExpenseError.AMOUNT_TOO_PRECISE, precise.getFirst().error());

        InvalidExpenseException future = as("salesA1", () -> assertThrows(InvalidExpenseException.class,
                () -> expenses.create(customer, input(CompanyCalendar.current().today().plusDays(1), "10.00"))));
        assertEquals(ExpenseError.DATE_IN_FUTURE, future.getFirst().error());

        Expense today = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "0.01")));
        assertEquals(new BigDecimal("0.01"), today.getAmount());
    }

    @Test
    @DisplayName("Submitted, rejected, resubmitted, approved, then locked")
    void statusTransitions() throws Exception {
        long customer = newCustomer("salesA1");
        Expense expense = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "88.00")));

        Expense edited = as("salesA1", () -> expenses.update(expense.getId(), expense.getVersion(),
                new ExpenseInput(CompanyCalendar.current().today(), "MEALS", new BigDecimal("99.00"), "CNY", "Lunch")));
        assertEquals(ExpenseStatus.SUBMITTED, edited.getStatus());

        as("managerA", () -> expenses.decide(List.of(key(edited)), ExpenseDecision.REJECT, "Receipt missing"));
        Expense rejected = as("salesA1", () -> expenses.get(expense.getId()));
        assertEquals(ExpenseStatus.REJECTED, rejected.getStatus());
        assertEquals(team.users.get("managerA").getId(), rejected.getDecidedBy().getId());
        assertEquals("Receipt missing", rejected.getDecisionReason());
        assertTrue(rejected.getDecidedAt() != null);
        as("salesA1", () -> assertEquals(ExpenseError.NOT_DELETABLE, assertThrows(InvalidExpenseException.class,
                () -> expenses.delete(rejected.getId(), rejected.getVersion())).getFirst().error()));

        Expense resubmitted = as("salesA1", () -> expenses.update(rejected.getId(), rejected.getVersion(),
                new ExpenseInput(CompanyCalendar.current().today(), "MEALS", new BigDecimal("99.00"), "CNY", "Lunch, receipt attached")));
        assertEquals(ExpenseStatus.SUBMITTED, resubmitted.getStatus());
        assertNull(resubmitted.getDecidedBy());
        assertNull(resubmitted.getDecisionReason());

        DecisionResult approval = as("managerA", () -> expenses.decide(List.of(key(resubmitted)),
                ExpenseDecision.APPROVE, null));
        assertEquals(1, approval.decided());
        Expense approved = as("salesA1", () -> expenses.get(expense.getId()));
        assertEquals(ExpenseStatus.APPROVED, approved.getStatus());

        as("salesA1", () -> assertEquals(ExpenseError.LOCKED, assertThrows(InvalidExpenseException.class,
                () -> expenses.update(approved.getId(), approved.getVersion(), input(CompanyCalendar.current().today(), "1.00")))
                .getFirst().error()));
        as("salesA1", () -> assertEquals(ExpenseError.NOT_DELETABLE, assertThrows(InvalidExpenseException.class,
                () -> expenses.delete(approved.getId(), approved.getVersion())).getFirst().error()));
        DecisionResult again = as("boss", () -> expenses.decide(List.of(new ExpenseKey(approved.getId(), null)),
                ExpenseDecision.REJECT, "Too late"));
        assertEquals(0, again.decided());
        assertEquals(1, again.changedMeanwhile().size(), "a decided expense is never decided again");
        assertEquals(ExpenseStatus.APPROVED, as("salesA1", () -> expenses.get(expense.getId())).getStatus());
    }

    @Test
    @DisplayName("Each decision goes to the change log")
    void decisionsLogged() throws Exception {
        long customer = newCustomer("salesA2");
        Expense expense = as("salesA2", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "15.00")));

        as("managerA", () -> expenses.decide(List.of(key(expense)), ExpenseDecision.REJECT, "Wrong customer"));

        List<ChangeEntry> updates = as("salesA2", () -> expenses.history(expense.getId())).stream()
                .filter(entry -> entry.getAction() == ChangeAction.UPDATE)
                .toList();
        ChangeEntry status = updates.stream().filter(entry -> "status".equals(entry.getFieldName()))
                .findFirst().orElseThrow();
        assertEquals("SUBMITTED", status.getOldValue());
        assertEquals("REJECTED", status.getNewValue());
        assertEquals(team.login("managerA"), status.getChangedBy());
        assertEquals("Wrong customer", valueOf(updates, "decisionReason"));
        assertEquals(team.login("managerA"), valueOf(updates, "decidedBy"));
    }

    @Test
    @DisplayName("A rejection needs a reason and changes nothing without one")
    void rejectionNeedsReason() throws Exception {
        long customer = newCustomer("salesA1");
        Expense expense = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "30.00")));

        InvalidExpenseException e = as("managerA", () -> assertThrows(InvalidExpenseException.class,
                () -> expenses.decide(List.of(key(expense)), ExpenseDecision.REJECT, "   ")));

        assertEquals(ExpenseError.REASON_MISSING, e.getFirst().error());
        assertEquals(ExpenseStatus.SUBMITTED, as("salesA1", () -> expenses.get(expense.getId())).getStatus());
    }

    @Test
    @DisplayName("An edit from an outdated form is rejected, never saved over the newer one")
    void staleEditRejected() throws Exception {
        long customer = newCustomer("salesA1");
        Expense expense = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "40.00")));
        as("salesA1", () -> expenses.update(expense.getId(), expense.getVersion(), input(CompanyCalendar.current().today(), "41.00")));

        as("salesA1", () -> assertThrows(StaleExpenseException.class,
                () -> expenses.update(expense.getId(), expense.getVersion(), input(CompanyCalendar.current().today(), "42.00"))));
        as("salesA1", () -> assertThrows(StaleExpenseException.class,
                () -> expenses.delete(expense.getId(), expense.getVersion())));

        assertEquals(new BigDecimal("41.00"), as("salesA1", () -> expenses.get(expense.getId())).getAmount());
    }

    @Test
    @DisplayName("Only approved expenses count in a customer's total, per currency")
    void onlyApprovedInTotal() throws Exception {
        long customer = newCustomer("salesA1");
        Expense approved = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "100.00")));
        Expense approvedToo = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "23.45")));
        Expense dollars = as("salesA1", () -> expenses.create(customer,
                new ExpenseInput(CompanyCalendar.current().today(), "TRAVEL", new BigDecimal("20"), "usd", null)));
        Expense rejected = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "30.00")));
        as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "50.00")));

        as("managerA", () -> expenses.decide(List.of(key(approved), key(approvedToo), key(dollars)),
                ExpenseDecision.APPROVE, null));
        as("managerA", () -> expenses.decide(List.of(key(rejected)), ExpenseDecision.REJECT, "Private"));

        Map<String, BigDecimal> approvedByCurrency = as("salesA1",
                () -> expenses.approvedTotalsForCustomer(customer)).stream()
                .collect(Collectors.toMap(ExpenseTotal::currency, ExpenseTotal::amount));
        assertEquals(Map.of("CNY", new BigDecimal("123.45"), "USD", new BigDecimal("20.00")), approvedByCurrency);

        Map<ExpenseStatus, BigDecimal> yuanByStatus = as("salesA1", () -> expenses.totalsForCustomer(customer))
                .stream()
                .filter(total -> total.currency().equals("CNY"))
                .collect(Collectors.toMap(ExpenseTotal::status, ExpenseTotal::amount));
        assertEquals(new BigDecimal("123.45"), yuanByStatus.get(ExpenseStatus.APPROVED));
        assertEquals(new BigDecimal("50.00"), yuanByStatus.get(ExpenseStatus.SUBMITTED));
        assertEquals(new BigDecimal("30.00"), yuanByStatus.get(ExpenseStatus.REJECTED));
    }

    @Test
    @DisplayName("Bulk approval skips and reports rows decided or edited meanwhile")
    void bulkApprovalSkipsChangedRows() throws Exception {
        long customer = newCustomer("salesA1");
        for (String amount : List.of("11.00", "12.00", "13.00", "14.00")) {
            as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), amount)));
        }
        String name = as("boss", () -> customers.getVisible(customer).getName());
        ExpenseFilter onCustomer = ExpenseFilter.awaitingDecision().withCustomerName(name);
        List<ExpenseRow> listed = as("managerA", () -> expenses.findPage(onCustomer, ExpenseSortField.AMOUNT, true,
                0, 50));
        assertEquals(4, listed.size());

        ExpenseRow decidedByBoss = listed.get(1);
        as("boss", () -> expenses.decide(List.of(decidedByBoss.key()), ExpenseDecision.REJECT, "Duplicate"));
        ExpenseRow editedByFiler = listed.get(2);
        as("salesA1", () -> expenses.update(editedByFiler.getId(), editedByFiler.getVersion(),
                input(CompanyCalendar.current().today(), "130.00")));

        DecisionResult result = as("managerA", () -> expenses.decide(
                listed.stream().map(ExpenseRow::key).toList(), ExpenseDecision.APPROVE, "OK"));

        assertEquals(2, result.decided());
        assertEquals(0, result.notAllowed());
        assertEquals(0, result.deleted());
        Map<Long, ExpenseSummary> skipped = result.changedMeanwhile().stream()
                .collect(Collectors.toMap(ExpenseSummary::id, summary -> summary));
        assertEquals(2, skipped.size());
        assertEquals(ExpenseStatus.REJECTED, skipped.get(decidedByBoss.getId()).status());
        assertEquals(team.users.get("boss").getDisplayName(), skipped.get(decidedByBoss.getId()).decidedByName());
        assertEquals(ExpenseStatus.SUBMITTED, skipped.get(editedByFiler.getId()).status());

        Expense stillRejected = as("boss", () -> expenses.get(decidedByBoss.getId()));
        assertEquals(ExpenseStatus.REJECTED, stillRejected.getStatus());
        assertEquals("Duplicate", stillRejected.getDecisionReason());
        assertEquals(team.users.get("boss").getId(), stillRejected.getDecidedBy().getId());
        assertEquals(ExpenseStatus.SUBMITTED, as("boss", () -> expenses.get(editedByFiler.getId())).getStatus());
        assertEquals(ExpenseStatus.APPROVED, as("boss", () -> expenses.get(listed.get(0).getId())).getStatus());
        assertEquals(ExpenseStatus.APPROVED, as("boss", () -> expenses.get(listed.get(3).getId())).getStatus());
    }

    @Test
    @DisplayName("Two approvers deciding on the same expenses at once decide each exactly once")
    void concurrentDecisionsNeverOverwrite() throws Exception {
        long customer = newCustomer("salesA1");
        List<ExpenseKey> keys = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String amount = i + ".00";
            Expense expense = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), amount)));
            keys.add(new ExpenseKey(expense.getId(), null));
        }
        SecurityIdentity manager = identity("managerA");
        SecurityIdentity boss = identity("boss");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<DecisionResult> approving = pool.submit(() -> {
                start.await();
                return manager.runAs((Callable<DecisionResult>) () -> expenses.decide(keys, ExpenseDecision.APPROVE, null));
            });
            Future<DecisionResult> rejecting = pool.submit(() -> {
                start.await();
                return boss.runAs((Callable<DecisionResult>) () -> expenses.decide(keys, ExpenseDecision.REJECT,
                        "Over budget"));
            });
            start.countDown();
            DecisionResult approved = approving.get(60, TimeUnit.SECONDS);
            DecisionResult rejected = rejecting.get(60, TimeUnit.SECONDS);

            assertEquals(keys.size(), approved.decided() + rejected.decided());
            assertEquals(keys.size(), approved.changedMeanwhile().size() + rejected.changedMeanwhile().size());
        } finally {
            pool.shutdownNow();
        }
        for (ExpenseKey key : keys) {
            List<ChangeEntry> decisions = as("boss", () -> expenses.history(key.id())).stream()
                    .filter(entry -> "status".equals(entry.getFieldName()))
                    .filter(entry -> entry.getAction() == ChangeAction.UPDATE)
                    .toList();
            assertEquals(1, decisions.size(), "one decision on expense " + key.id());
            Expense expense = as("boss", () -> expenses.get(key.id()));
            assertEquals(decisions.get(0).getNewValue(), expense.getStatus().name());
            String decider = expense.getStatus() == ExpenseStatus.APPROVED ? "managerA" : "boss";
            assertEquals(team.login(decider), decisions.get(0).getChangedBy(), "decider of " + key.id());
        }
    }

    @Test
    @DisplayName("Deciding on all matching rows takes only submitted expenses the caller decides on")
    void decideMatchingTakesOnlyDecidable() throws Exception {
        long customer = newCustomer("salesA2");
        as("salesA2", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "5.00")));
        as("salesA2", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "6.00")));
        String name = as("boss", () -> customers.getVisible(customer).getName());
        long salesB1 = team.users.get("salesB1").getId();
        as("salesA2", () -> sharing.share(customer, List.of(salesB1)));
        as("salesB1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "7.00")));

        DecisionResult result = as("managerA", () -> expenses.decideMatching(
                ExpenseFilter.none().withCustomerName(name).withStatus(ExpenseStatus.APPROVED),
                ExpenseDecision.APPROVE, null));

        assertEquals(2, result.decided(), "the two of salesA2, not the one of salesB1 in another team");
        List<ExpenseRow> rows = as("boss", () -> expenses.findPage(ExpenseFilter.none().withCustomerName(name),
                ExpenseSortField.AMOUNT, true, 0, 10));
        assertEquals(List.of(ExpenseStatus.APPROVED, ExpenseStatus.APPROVED, ExpenseStatus.SUBMITTED),
                rows.stream().map(ExpenseRow::getStatus).toList());
    }

    @Test
    @DisplayName("Expenses go to the recycle bin with their customer and come back with it")
    void deletedWithCustomerRestoredWithIt() throws Exception {
        long customer = newCustomer("salesA1");
        Expense approved = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "60.00")));
        as("managerA", () -> expenses.decide(List.of(key(approved)), ExpenseDecision.APPROVE, null));
        Expense submitted = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "70.00")));
        String name = as("boss", () -> customers.getVisible(customer).getName());
        ExpenseFilter byName = ExpenseFilter.none().withCustomerName(name);
        int version = as("salesA1", () -> customers.getVisible(customer).getVersion());

        as("salesA1", () -> customerEdits.delete(customer, version));

        for (String role : List.of("salesA1", "managerA", "boss")) {
            as(role, () -> assertThrows(RecordNotFoundException.class, () -> expenses.get(submitted.getId()), role));
            assertEquals(0L, (long) as(role, () -> expenses.count(byName)), role + " list");
            assertTrue(as(role, () -> expenses.totals(byName)).isEmpty(), role + " totals");
        }
        as("salesA1", () -> assertThrows(RecordNotFoundException.class,
                () -> expenses.update(submitted.getId(), submitted.getVersion(), input(CompanyCalendar.current().today(), "1.00"))));
        DecisionResult onDeleted = as("managerA", () -> expenses.decide(List.of(key(submitted)),
                ExpenseDecision.APPROVE, null));
        assertEquals(1, onDeleted.deleted());

        DeletedRecord entry = as("boss", () -> bin.findPage(0, 100)).stream()
                .filter(record -> record.getRecordType() == BinRecordType.CUSTOMER && record.getRecordId() == customer)
                .findFirst().orElseThrow();
        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(2L, (long) as("salesA1", () -> expenses.count(byName)));
        assertEquals(ExpenseStatus.APPROVED, as("salesA1", () -> expenses.get(approved.getId())).getStatus());
        assertEquals(ExpenseStatus.SUBMITTED, as("salesA1", () -> expenses.get(submitted.getId())).getStatus());
        assertEquals(new BigDecimal("60.00"), as("salesA1", () -> expenses.approvedTotalsForCustomer(customer))
                .get(0).amount());
    }

    @Test
    @DisplayName("A deleted expense leaves every list and comes back alone")
    void deletedExpenseRestored() throws Exception {
        long customer = newCustomer("salesA1");
        Expense expense = as("salesA1", () -> expenses.create(customer, input(CompanyCalendar.current().today(), "9.90")));

        as("salesA1", () -> expenses.delete(expense.getId(), expense.getVersion()));

        assertEquals(0L, (long) as("salesA1", () -> expenses.countForCustomer(customer)));
        as("managerA", () -> assertThrows(RecordNotFoundException.class, () -> expenses.get(expense.getId())));
        DeletedRecord entry = as("boss", () -> bin.findPage(0, 100)).stream()
                .filter(record -> record.getRecordType() == BinRecordType.EXPENSE
                        && record.getRecordId() == expense.getId())
                .findFirst().orElseThrow();
        assertEquals(customer, (long) entry.getCustomerId());
        assertEquals(team.login("salesA1"), entry.getDeletedBy());

        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(1L, (long) as("salesA1", () -> expenses.countForCustomer(customer)));
        List<ChangeAction> actions = as("salesA1", () -> expenses.history(expense.getId())).stream()
                .map(ChangeEntry::getAction).distinct().toList();
        assertTrue(actions.containsAll(List.of(ChangeAction.CREATE, ChangeAction.DELETE)), actions.toString());
    }

    @Test
    @DisplayName("An expense type in use stays in the dictionary and on its expenses when disabled")
    void expenseTypeInUse() throws Exception {
        String code = team.prefix.toUpperCase() + "_FAIR";
        DictionaryOption option = as("boss", () -> dictionary.add(new NewOption(DictionaryList.EXPENSE_TYPE, code,
                "展会", "Trade fair", 900)));
        assertFalse(as("boss", () -> dictionary.isInUse(option)), "unused at first");
        long customer = newCustomer("salesA1");
        Expense expense = as("salesA1", () -> expenses.create(customer,
                new ExpenseInput(CompanyCalendar.current().today(), code, new BigDecimal("500"), "CNY", "Booth")));

        assertTrue(as("boss", () -> dictionary.isInUse(option)));
        InvalidDictionaryOptionException inUse = as("boss", () -> assertThrows(
                InvalidDictionaryOptionException.class, () -> dictionary.delete(option.getId())));
        assertEquals(DictionaryError.OPTION_IN_USE, inUse.getError());

        as("boss", () -> dictionary.disable(option.getId()));
        InvalidExpenseException disabled = as("salesA1", () -> assertThrows(InvalidExpenseException.class,
                () -> expenses.create(customer, new ExpenseInput(CompanyCalendar.current().today(), code, BigDecimal.ONE, null, null))));
        assertEquals(ExpenseError.TYPE_UNKNOWN, disabled.getFirst().error());
        Expense editedWithDisabledType = as("salesA1", () -> expenses.update(expense.getId(), expense.getVersion(),
                new ExpenseInput(CompanyCalendar.current().today(), code, new BigDecimal("450"), "CNY", "Booth, discounted")));
        assertEquals(code, editedWithDisabledType.getTypeCode());

        as("salesA1", () -> expenses.delete(editedWithDisabledType.getId(), editedWithDisabledType.getVersion()));
        assertTrue(as("boss", () -> dictionary.isInUse(option)), "an expense in the recycle bin still uses it");
    }

    private long newCustomer(String ownerKey) throws Exception {
        int number = ++sequence;
        return team.addCustomer(dataSource, ownerKey, team.prefix + "-e" + number,
                String.format("Expense customer %s %03d", team.prefix, number));
    }

    /** Authenticates a team member in this thread, for work that runs in another thread. */
    private static SecurityIdentity identity(String role) throws Exception {
        return SecurityDomain.getCurrent().authenticate(team.login(role),
                new PasswordGuessEvidence(team.password(role).toCharArray()));
    }

    private static ExpenseInput input(LocalDate date, String amount) {
        return new ExpenseInput(date, "TRAVEL", new BigDecimal(amount), "CNY", null);
    }

    private static ExpenseKey key(Expense expense) {
        return new ExpenseKey(expense.getId(), expense.getVersion());
    }

    private static String valueOf(List<ChangeEntry> entries, String field) {
        return entries.stream().filter(entry -> field.equals(entry.getFieldName()))
                .map(ChangeEntry::getNewValue).findFirst().orElse(null);
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
