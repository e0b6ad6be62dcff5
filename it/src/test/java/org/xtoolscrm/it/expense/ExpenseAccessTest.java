package org.xtoolscrm.it.expense;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.expense.DecisionResult;
import org.xtoolscrm.expense.Expense;
import org.xtoolscrm.expense.ExpenseDecision;
import org.xtoolscrm.expense.ExpenseError;
import org.xtoolscrm.expense.ExpenseFilter;
import org.xtoolscrm.expense.ExpenseInput;
import org.xtoolscrm.expense.ExpenseKey;
import org.xtoolscrm.expense.ExpenseRow;
import org.xtoolscrm.expense.ExpenseService;
import org.xtoolscrm.expense.ExpenseSortField;
import org.xtoolscrm.expense.ExpenseStatus;
import org.xtoolscrm.expense.InvalidExpenseException;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * Who reaches one expense through each way in: list, search, totals, the customer's
 * tab, detail and history by id, create, edit, delete and decide. The expense is filed
 * by salesA1 on a customer of salesA1 that is shared with salesB1 of the other team.
 * Every case works on a fresh customer and expense of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Expense access matrix")
class ExpenseAccessTest {

    /** Whether each role sees the expense and its customer. */
    private static final Map<String, Boolean> READS = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", true,
            "salesDirect", false);

    private static final List<String> SALESPEOPLE = List.of("salesA1", "salesA2", "salesB1", "salesDirect");

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ExpenseAccessTest.class);
    }

    @EJB
    private ExpenseService expenses;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("ea" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("List and search show the expense to exactly the right roles")
    void listAndSearch() throws Exception {
        Target target = sharedExpense();
        for (String role : READS.keySet()) {
            boolean listed = as(role, () -> expenses.findPage(ExpenseFilter.none()
                            .withFiledBy(team.users.get("salesA1").getId()), ExpenseSortField.DATE, false, 0, 200))
                    .stream().anyMatch(row -> row.getId() == target.expenseId);
            assertEquals(READS.get(role), listed, "list as " + role);

            ExpenseFilter search = ExpenseFilter.none().withCustomerName(target.customerName);
            assertEquals(READS.get(role) ? 1L : 0L, (long) as(role, () -> expenses.count(search)), "search as " + role);
            assertEquals(READS.get(role) ? 1 : 0, as(role, () -> expenses.totals(search)).size(), "totals as " + role);
        }
    }

    @Test
    @DisplayName("Detail, history and the customer's tab open for exactly the right roles")
    void detailById() throws Exception {
        Target target = sharedExpense();
        for (String role : READS.keySet()) {
            if (READS.get(role)) {
                assertEquals(target.expenseId, (long) as(role, () -> expenses.get(target.expenseId).getId()),
                        "detail as " + role);
                assertFalse(as(role, () -> expenses.history(target.expenseId)).isEmpty(), "history as " + role);
                assertEquals(1L, (long) as(role, () -> expenses.countForCustomer(target.customerId)), "tab as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> expenses.get(target.expenseId),
                        "detail as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> expenses.history(target.expenseId),
                        "history as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> expenses.findPageForCustomer(target.customerId, null, false, 0, 10), "tab as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> expenses.approvedTotalsForCustomer(target.customerId), "totals as " + role));
            }
        }
    }

    @Test
    @DisplayName("Whoever sees the customer records expenses on it; nobody else does")
    void createOnCustomer() throws Exception {
        for (String role : READS.keySet()) {
            Target target = sharedExpense();
            if (READS.get(role)) {
                Expense created = as(role, () -> expenses.create(target.customerId, input("12.00")));
                assertEquals(team.users.get(role).getId(), created.getFiledBy().getId(), "filer as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> expenses.create(target.customerId, input("12.00")), "create as " + role));
            }
            assertEquals(READS.get(role) ? 2L : 1L, (long) as("boss", () -> expenses.countForCustomer(
                    target.customerId)), "expenses after create as " + role);
        }
    }

    @Test
    @DisplayName("Only the filer edits or deletes by id; others see no change")
    void editAndDeleteById() throws Exception {
        for (String role : READS.keySet()) {
            Target target = sharedExpense();
            Expense expense = as("salesA1", () -> expenses.get(target.expenseId));
            if (role.equals("salesA1")) {
                as(role, () -> expenses.update(expense.getId(), expense.getVersion(), input("99.00")));
                Expense edited = as(role, () -> expenses.get(expense.getId()));
                as(role, () -> expenses.delete(edited.getId(), edited.getVersion()));
                assertEquals(0L, (long) as("boss", () -> expenses.countForCustomer(target.customerId)));
                continue;
            }
            if (READS.get(role)) {
                assertEquals(ExpenseError.NOT_FILER, as(role, () -> assertThrows(InvalidExpenseException.class,
                        () -> expenses.update(expense.getId(), expense.getVersion(), input("99.00")),
                        "edit as " + role)).getFirst().error());
                assertEquals(ExpenseError.NOT_FILER, as(role, () -> assertThrows(InvalidExpenseException.class,
                        () -> expenses.delete(expense.getId(), expense.getVersion()), "delete as " + role))
                        .getFirst().error());
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> expenses.update(expense.getId(), expense.getVersion(), input("99.00")),
                        "edit as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> expenses.delete(expense.getId(), expense.getVersion()), "delete as " + role));
            }
            Expense after = as("boss", () -> expenses.get(expense.getId()));
            assertEquals(new BigDecimal("50.00"), after.getAmount(), "amount kept after " + role);
        }
    }

    @Test
    @DisplayName("A salesperson cannot approve or reject, not even with a list of ids")
    void salespersonCannotDecide() throws Exception {
        for (String role : SALESPEOPLE) {
            Target target = sharedExpense();
            ExpenseKey key = new ExpenseKey(target.expenseId, null);
            as(role, () -> assertThrows(EJBAccessException.class,
                    () -> expenses.decide(List.of(key), ExpenseDecision.APPROVE, null), "decide as " + role));
            as(role, () -> assertThrows(EJBAccessException.class,
                    () -> expenses.decideMatching(ExpenseFilter.none(), ExpenseDecision.REJECT, "No"),
                    "decide all as " + role));
            assertEquals(ExpenseStatus.SUBMITTED, statusOf(target.expenseId), "status after " + role);
            assertEquals(0L, (long) as(role, () -> expenses.count(ExpenseFilter.awaitingDecision())),
                    "approval list as " + role);
            assertFalse(as(role, () -> expenses.rights()).decidesAny(), "rights of " + role);
        }
    }

    @Test
    @DisplayName("A Manager approves the team's expenses, not another team's and not their own")
    void managerApprovesTeamOnly() throws Exception {
        Map<String, Long> byFiler = new LinkedHashMap<>();
        for (String filer : List.of("salesA1", "salesA2", "managerA", "salesB1", "salesDirect")) {
            byFiler.put(filer, ownExpense(filer));
        }

        Map<String, Integer> decided = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : byFiler.entrySet()) {
            DecisionResult result = as("managerA", () -> expenses.decide(
                    List.of(new ExpenseKey(entry.getValue(), null)), ExpenseDecision.APPROVE, null));
            decided.put(entry.getKey(), result.decided());
        }

        assertEquals(Map.of("salesA1", 1, "salesA2", 1, "managerA", 0, "salesB1", 0, "salesDirect", 0), decided);
        assertEquals(ExpenseStatus.APPROVED, statusOf(byFiler.get("salesA1")));
        assertEquals(ExpenseStatus.SUBMITTED, statusOf(byFiler.get("managerA")));
        assertEquals(ExpenseStatus.SUBMITTED, statusOf(byFiler.get("salesB1")));
    }

    @Test
    @DisplayName("A Manager's skipped rows are counted as not allowed")
    void managerNotAllowedCounted() throws Exception {
        long other = ownExpense("salesB1");
        long own = ownExpense("managerA");

        DecisionResult result = as("managerA", () -> expenses.decide(
                List.of(new ExpenseKey(other, null), new ExpenseKey(own, null)), ExpenseDecision.REJECT, "No"));

        assertEquals(0, result.decided());
        assertEquals(2, result.notAllowed());
        assertTrue(result.changedMeanwhile().isEmpty());
    }

    @Test
    @DisplayName("A Boss approves everyone's expenses, their own and the Managers' included")
    void bossApprovesAll() throws Exception {
        List<Long> ids = List.of(ownExpense("boss"), ownExpense("managerA"), ownExpense("managerB"),
                ownExpense("salesB1"), ownExpense("salesDirect"));

        DecisionResult result = as("boss", () -> expenses.decide(
                ids.stream().map(id -> new ExpenseKey(id, null)).toList(), ExpenseDecision.APPROVE, null));

        assertEquals(ids.size(), result.decided());
        for (long id : ids) {
            assertEquals(ExpenseStatus.APPROVED, statusOf(id), "expense " + id);
        }
    }

    @Test
    @DisplayName("Managers see and decide on what their team files on a customer shared from elsewhere")
    void filerInScopeOnSharedCustomer() throws Exception {
        Target target = sharedExpense();
        Expense bySharedUser = as("salesB1", () -> expenses.create(target.customerId, input("33.00")));
        ExpenseFilter search = ExpenseFilter.none().withCustomerName(target.customerName);

        ExpenseRow seenByManagerB = as("managerB", () -> expenses.findPage(search, null, false, 0, 10)).stream()
                .filter(row -> row.getId() == bySharedUser.getId()).findFirst().orElseThrow();
        assertFalse(seenByManagerB.isCustomerVisible(), "managerB does not see salesA1's customer");
        assertTrue(seenByManagerB.isDecidable());
        assertEquals(1L, (long) as("managerB", () -> expenses.count(search)), "only salesB1's expense");
        as("managerB", () -> assertThrows(RecordNotFoundException.class,
                () -> expenses.countForCustomer(target.customerId)));

        ExpenseRow seenByManagerA = as("managerA", () -> expenses.findPage(search, null, false, 0, 10)).stream()
                .filter(row -> row.getId() == bySharedUser.getId()).findFirst().orElseThrow();
        assertTrue(seenByManagerA.isCustomerVisible());
        assertFalse(seenByManagerA.isDecidable(), "salesB1 is not in managerA's team");

        DecisionResult byA = as("managerA", () -> expenses.decide(List.of(seenByManagerA.key()),
                ExpenseDecision.APPROVE, null));
        assertEquals(1, byA.notAllowed());
        DecisionResult byB = as("managerB", () -> expenses.decide(List.of(seenByManagerB.key()),
                ExpenseDecision.APPROVE, null));
        assertEquals(1, byB.decided());
    }

    @Test
    @DisplayName("Each role's expense list and approval list hold the right filers")
    void listContentsPerRole() throws Exception {
        String marker = "List " + team.prefix + " " + (++sequence);
        for (String filer : READS.keySet()) {
            long customer = team.addCustomer(dataSource, filer, team.prefix + "-l" + sequence + filer,
                    marker + " " + filer);
            as(filer, () -> expenses.create(customer, input("10.00")));
        }
        ExpenseFilter all = ExpenseFilter.none().withCustomerName(marker);
        ExpenseFilter pending = ExpenseFilter.awaitingDecision().withCustomerName(marker);

        assertEquals(Set.of("salesA1"), filers("salesA1", all));
        assertEquals(Set.of("salesB1"), filers("salesB1", all));
        assertEquals(Set.of("managerA", "salesA1", "salesA2"), filers("managerA", all));
        assertEquals(Set.of("managerB", "salesB1"), filers("managerB", all));
        assertEquals(READS.keySet(), filers("boss", all));

        assertEquals(Set.of("salesA1", "salesA2"), filers("managerA", pending));
        assertEquals(Set.of("salesB1"), filers("managerB", pending));
        assertEquals(READS.keySet(), filers("boss", pending));
        assertEquals(Set.of(), filers("salesA1", pending));
    }

    @Test
    @DisplayName("Rows tell each role what it may do")
    void rowRights() throws Exception {
        Target target = sharedExpense();
        ExpenseFilter search = ExpenseFilter.none().withCustomerName(target.customerName);

        ExpenseRow own = as("salesA1", () -> expenses.findPage(search, null, false, 0, 10)).get(0);
        assertTrue(own.isEditable());
        assertTrue(own.isDeletable());
        assertFalse(own.isDecidable());

        ExpenseRow managers = as("managerA", () -> expenses.findPage(search, null, false, 0, 10)).get(0);
        assertFalse(managers.isEditable());
        assertFalse(managers.isDeletable());
        assertTrue(managers.isDecidable());

        ExpenseRow shared = as("salesB1", () -> expenses.findPageForCustomer(target.customerId, null, false, 0, 10))
                .get(0);
        assertFalse(shared.isEditable());
        assertFalse(shared.isDecidable());
    }

    /** The expense of salesA1 on a fresh customer of salesA1 that salesB1 shares. */
    private record Target(long customerId, String customerName, long expenseId) {
    }

    private Target sharedExpense() throws Exception {
        int number = ++sequence;
        String name = String.format("Access %s %03d", team.prefix, number);
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-a" + number, name);
        long salesB1 = team.users.get("salesB1").getId();
        as("salesA1", () -> sharing.share(customer, List.of(salesB1)));
        Expense expense = as("salesA1", () -> expenses.create(customer, input("50.00")));
        return new Target(customer, name, expense.getId());
    }

    /** Creates a submitted expense of the user on a fresh customer of their own and returns its id. */
    private long ownExpense(String filer) throws Exception {
        int number = ++sequence;
        long customer = team.addCustomer(dataSource, filer, team.prefix + "-o" + number,
                String.format("Own %s %03d", team.prefix, number));
        return as(filer, () -> expenses.create(customer, input("20.00")).getId());
    }

    private Set<String> filers(String role, ExpenseFilter filter) throws Exception {
        Map<Long, String> keysById = team.users.entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getValue().getId(), Map.Entry::getKey));
        return as(role, () -> expenses.findPage(filter, ExpenseSortField.FILED_BY, true, 0, 200)).stream()
                .map(row -> keysById.get(row.getFiledById()))
                .collect(Collectors.toSet());
    }

    private ExpenseStatus statusOf(long expenseId) throws Exception {
        return as("boss", () -> expenses.get(expenseId).getStatus());
    }

    private static ExpenseInput input(String amount) {
        return new ExpenseInput(CompanyCalendar.current().today(), "MEALS", new BigDecimal(amount), "CNY", null);
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
