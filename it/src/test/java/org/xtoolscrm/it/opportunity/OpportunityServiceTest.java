package org.xtoolscrm.it.opportunity;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.activity.ActivityError;
import org.xtoolscrm.activity.ActivityForm;
import org.xtoolscrm.activity.ActivityRow;
import org.xtoolscrm.activity.ActivityService;
import org.xtoolscrm.activity.InvalidActivityException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerTransferService;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.opportunity.InvalidOpportunityException;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityError;
import org.xtoolscrm.opportunity.OpportunityFilter;
import org.xtoolscrm.opportunity.OpportunityForm;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityRow;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OpportunitySortField;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.opportunity.StageChangeRow;
import org.xtoolscrm.opportunity.StaleOpportunityException;
import org.xtoolscrm.task.InvalidTaskException;
import org.xtoolscrm.task.TaskError;
import org.xtoolscrm.task.TaskForm;
import org.xtoolscrm.task.TaskPriority;
import org.xtoolscrm.task.TaskRow;
import org.xtoolscrm.task.TaskService;

/**
 * Opportunities on the server: the stage history written by every way a stage changes,
 * the rules of a lost deal, stale edits, owners, transfers and the recycle bin.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Opportunity service")
class OpportunityServiceTest {

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OpportunityServiceTest.class);
    }

    @EJB
    private OpportunityService opportunities;

    @EJB
    private AccountService accounts;

    @EJB
    private CustomerEditService customerEditor;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerTransferService transfers;

    @EJB
    private DictionaryService dictionary;

    @EJB
    private TaskService tasks;

    @EJB
    private ActivityService activities;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("os" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("A new deal starts its stage history with the stage it was created in")
    void createWritesFirstHistoryEntry() throws Exception {
        long customerId = newCustomer("salesA1");
        Opportunity deal = as("salesA1", () -> opportunities.create(form(customerId, "PROPOSAL", "120000.00")));

        List<StageChangeRow> history = as("salesA1", () -> opportunities.stageHistory(deal.getId()));
        assertEquals(1, history.size());
        assertNull(history.get(0).fromStage());
        assertEquals("PROPOSAL", history.get(0).toStage());
        assertNull(history.get(0).daysInPrevious());
        assertEquals("salesA1 " + team.prefix, history.get(0).changedByName());
        assertEquals(OpportunityOutcome.OPEN, deal.getOutcome());
        assertEquals(team.users.get("salesA1").getId(), deal.getOwner().getId());
    }

    @Test
    @DisplayName("Moves from the board and edits of the form both write history, with the days spent")
    void movesWriteHistoryWithDays() throws Exception {
        long customerId = newCustomer("salesA1");
        Opportunity deal = as("salesA1", () -> opportunities.create(form(customerId, "INITIAL_CONTACT", "5000")));
        enteredStageDaysAgo(deal.getId(), 3);

        Opportunity moved = as("managerA", () -> opportunities.moveToStage(deal.getId(), deal.getVersion(),
                "PROPOSAL", null));
        Opportunity edited = as("salesA1", () -> opportunities.update(deal.getId(), moved.getVersion(),
                form(customerId, "NEEDS_CONFIRMED", "5000")));

        List<StageChangeRow> history = as("salesA1", () -> opportunities.stageHistory(deal.getId()));
        assertEquals(3, history.size());
        StageChangeRow back = history.get(0);
        assertEquals("PROPOSAL", back.fromStage());
        assertEquals("NEEDS_CONFIRMED", back.toStage());
        assertEquals(0, back.daysInPrevious());
        StageChangeRow skip = history.get(1);
        assertEquals("INITIAL_CONTACT", skip.fromStage());
        assertEquals("PROPOSAL", skip.toStage());
        assertEquals(3, skip.daysInPrevious());
        assertEquals("managerA " + team.prefix, skip.changedByName());
        assertEquals("NEEDS_CONFIRMED", edited.getStage());
    }

    @Test
    @DisplayName("Saving the form without a new stage writes no history")
    void sameStageWritesNoHistory() throws Exception {
        long customerId = newCustomer("salesA1");
        Opportunity deal = as("salesA1", () -> opportunities.create(form(customerId, "PROPOSAL", "100")));

        as("salesA1", () -> opportunities.update(deal.getId(), deal.getVersion(), form(customerId, "PROPOSAL", "250")));

        assertEquals(1, as("salesA1", () -> opportunities.stageHistory(deal.getId())).size());
        assertEquals(new BigDecimal("250.00"), as("salesA1", () -> opportunities.get(deal.getId()).getAmount()));
    }

    @Test
    @DisplayName("Lost needs a reason, closes the deal today, and reopening clears both")
    void lostNeedsReasonAndCloses() throws Exception {
        long customerId = newCustomer("salesA1");
        Opportunity deal = as("salesA1", () -> opportunities.create(form(customerId, "NEGOTIATION", "900")));

        InvalidOpportunityException missing = as("salesA1", () -> assertThrows(InvalidOpportunityException.class,
                () -> opportunities.moveToStage(deal.getId(), deal.getVersion(), "LOST", " ")));
        assertTrue(missing.has(OpportunityError.LOST_REASON_MISSING));
        assertEquals(1, as("salesA1", () -> opportunities.stageHistory(deal.getId())).size());

        Opportunity lost = as("salesA1", () -> opportunities.moveToStage(deal.getId(), deal.getVersion(), "LOST",
                "Chose a cheaper vendor"));
        assertEquals(OpportunityOutcome.LOST, lost.getOutcome());
        assertEquals("Chose a cheaper vendor", lost.getLostReason());
        assertNotNull(lost.getClosedOn());

        Opportunity reopened = as("salesA1", () -> opportunities.moveToStage(deal.getId(), lost.getVersion(),
                "NEGOTIATION", null));
        assertEquals(OpportunityOutcome.OPEN, reopened.getOutcome());
        assertNull(reopened.getClosedOn());
        assertNull(reopened.getLostReason());
        assertEquals(3, as("salesA1", () -> opportunities.stageHistory(deal.getId())).size());
    }

    @Test
    @DisplayName("Won closes the deal and counts it among the won deals")
    void wonCloses() throws Exception {
        long customerId = newCustomer("salesA1");
        Opportunity deal = as("salesA1", () -> opportunities.create(form(customerId, "NEGOTIATION", "900")));

        Opportunity won = as("salesA1", () -> opportunities.moveToStage(deal.getId(), deal.getVersion(), "WON", null));

        assertEquals(OpportunityOutcome.WON, won.getOutcome());
        assertNotNull(won.getClosedOn());
        List<Long> wonIds = as("salesA1", () -> opportunities.findForCustomer(customerId, OpportunityOutcome.WON,
                OpportunitySortField.NAME, true, 0, 10)).stream().map(OpportunityRow::id).toList();
        assertEquals(List.of(deal.getId()), wonIds);
        assertEquals(0L, (long) as("salesA1", () -> opportunities.countForCustomer(customerId,
                OpportunityOutcome.OPEN)));
    }

    @Test
    @DisplayName("A stale version is rejected for moves, edits and deletes")
    void staleVersionRejected() throws Exception {
        long customerId = newCustomer("salesA1");
        Opportunity deal = as("salesA1", () -> opportunities.create(form(customerId, "PROPOSAL", "1")));
        as("salesA1", () -> opportunities.moveToStage(deal.getId(), deal.getVersion(), "NEGOTIATION", null));

        as("salesA1", () -> assertThrows(StaleOpportunityException.class,
                () -> opportunities.moveToStage(deal.getId(), deal.getVersion(), "WON", null)));
        as("salesA1", () -> assertThrows(StaleOpportunityException.class,
                () -> opportunities.update(deal.getId(), deal.getVersion(), form(customerId, "PROPOSAL", "2"))));
        as("salesA1", () -> assertThrows(StaleOpportunityException.class,
                () -> opportunities.delete(deal.getId(), deal.getVersion())));
        assertEquals(2, as("salesA1", () -> opportunities.stageHistory(deal.getId())).size());
    }

    @Test
    @DisplayName("Every broken field is reported at once and nothing is stored")
    void invalidFormRejected() throws Exception {
        long customerId = newCustomer("salesA1");
        OpportunityForm bad = new OpportunityForm(customerId, " ", new BigDecimal("-1"), "ABC", null, "NOPE",
                "FAIR", null, null, null);

        InvalidOpportunityException e = as("salesA1", () -> assertThrows(InvalidOpportunityException.class,
                () -> opportunities.create(bad)));

        assertEquals(List.of(OpportunityError.NAME_MISSING, OpportunityError.AMOUNT_NEGATIVE,
                OpportunityError.CURRENCY_INVALID, OpportunityError.EXPECTED_DATE_MISSING,
                OpportunityError.STAGE_UNKNOWN, OpportunityError.SOURCE_UNKNOWN),
                e.getProblems().stream().map(problem -> problem.error()).toList());
        assertEquals(0L, (long) as("salesA1", () -> opportunities.countForCustomer(customerId, null)));
    }

    @Test
    @DisplayName("A salesperson cannot give a deal to someone outside their team")
    void ownerOutsideScopeRejected() throws Exception {
        long customerId = newCustomer("salesA1");
        long other = team.users.get("salesB1").getId();
        OpportunityForm toOther = withOwner(form(customerId, "PROPOSAL", "1"), other);

        InvalidOpportunityException e = as("salesA1", () -> assertThrows(InvalidOpportunityException.class,
                () -> opportunities.create(toOther)));
        assertTrue(e.has(OpportunityError.OWNER_NOT_ALLOWED));

        long teamMember = team.users.get("salesA2").getId();
        Opportunity assigned = as("managerA", () -> opportunities.create(withOwner(form(customerId, "PROPOSAL", "1"),
                teamMember)));
        assertEquals(teamMember, assigned.getOwner().getId());
    }

    @Test
    @DisplayName("A customer in another scope cannot get a deal")
    void invisibleCustomerRejected() throws Exception {
        long customerId = newCustomer("salesB1");

        as("salesA1", () -> assertThrows(RecordNotFoundException.class,
                () -> opportunities.create(form(customerId, "PROPOSAL", "1"))));
    }

    @Test
    @DisplayName("A transfer moves the open deals to the new owner and leaves closed ones")
    void transferMovesOpenDeals() throws Exception {
        long customerId = newCustomer("salesA1");
        Opportunity open = as("salesA1", () -> opportunities.create(form(customerId, "PROPOSAL", "1")));
        Opportunity won = as("salesA1", () -> opportunities.create(form(customerId, "NEGOTIATION", "2")));
        as("salesA1", () -> opportunities.moveToStage(won.getId(), won.getVersion(), "WON", null));

        long salesA2 = team.users.get("salesA2").getId();
        as("managerA", () -> transfers.transfer(customerId, salesA2));

        assertEquals(salesA2, (long) as("managerA", () -> opportunities.get(open.getId()).getOwner().getId()));
        assertEquals(team.users.get("salesA1").getId(),
                as("managerA", () -> opportunities.get(won.getId()).getOwner().getId()));
    }

    @Test
    @DisplayName("Deleting moves the deal to the bin, and deleting its customer takes the rest")
    void deleteAndRestore() throws Exception {
        long customerId = newCustomer("salesA1");
        Opportunity first = as("salesA1", () -> opportunities.create(form(customerId, "PROPOSAL", "1")));
        Opportunity second = as("salesA1", () -> opportunities.create(form(customerId, "PROPOSAL", "2")));

        as("salesA1", () -> opportunities.delete(first.getId(), first.getVersion()));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> opportunities.get(first.getId())));
        assertEquals(1L, (long) as("salesA1", () -> opportunities.countForCustomer(customerId, null)));

        int customerVersion = as("salesA1", () -> customers.getVisible(customerId).getVersion());
        as("salesA1", () -> customerEditor.delete(customerId, customerVersion));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> opportunities.get(second.getId())));
    }

    @Test
    @DisplayName("A stage that deals went through cannot be deleted from the dictionary")
    void usedStageCannotBeDeleted() throws Exception {
        long customerId = newCustomer("salesA1");
        as("salesA1", () -> opportunities.create(form(customerId, "INITIAL_CONTACT", "1")));

        DictionaryOption initial = as("boss", () -> dictionary.options(DictionaryList.OPPORTUNITY_STAGE, true))
                .stream().filter(option -> option.getCode().equals("INITIAL_CONTACT")).findFirst().orElseThrow();
        assertTrue(as("boss", () -> dictionary.isInUse(initial)));
    }

    @Test
    @DisplayName("The workbench lists open deals signing within 30 days, and those past their date")
    void signingSoon() throws Exception {
        long customerId = newCustomer("salesA2");
        LocalDate today = CompanyCalendar.current().today();
        Opportunity soon = as("salesA2", () -> opportunities.create(dated(customerId, today.plusDays(10))));
        Opportunity late = as("salesA2", () -> opportunities.create(dated(customerId, today.minusDays(5))));
        as("salesA2", () -> opportunities.create(dated(customerId, today.plusDays(60))));

        OwnerFilter mine = OwnerFilter.user(team.users.get("salesA2").getId());
        List<Long> ids = as("salesA2", () -> opportunities.signingSoon(mine, 30, 20)).stream()
                .map(OpportunityRow::id).toList();

        assertEquals(List.of(late.getId(), soon.getId()), ids);
        assertEquals(2L, (long) as("salesA2", () -> opportunities.countSigningSoon(mine, 30)));
    }

    @Test
    @DisplayName("The list filters by name, owner, stage and expected dates")
    void listFilters() throws Exception {
        long customerId = newCustomer("salesA1");
        String marker = "Filter" + team.prefix;
        Opportunity deal = as("salesA1", () -> opportunities.create(new OpportunityForm(customerId, marker + " ERP",
                new BigDecimal("10"), "CNY", LocalDate.of(2030, 5, 5), "PROPOSAL", null, null, null, null)));

        OpportunityFilter byName = new OpportunityFilter(null, null, null, null, null, marker.toLowerCase());
        assertEquals(List.of(deal.getId()), ids("managerA", byName));
        assertEquals(List.of(), ids("managerA", byName.withStage("NEGOTIATION")));
        assertEquals(List.of(deal.getId()), ids("managerA", byName.withExpected(LocalDate.of(2030, 5, 5),
                LocalDate.of(2030, 5, 5))));
        assertEquals(List.of(), ids("managerA", byName.withExpected(LocalDate.of(2030, 5, 6), null)));
        assertEquals(List.of(deal.getId()), ids("managerA",
                byName.withOwners(OwnerFilter.team(team.users.get("managerA").getId()))));
        assertEquals(List.of(), ids("boss", byName.withOwners(OwnerFilter.team(team.users.get("managerB").getId()))));
    }

    @Test
    @DisplayName("Tasks and activities that name a deal are listed on it, and only the deal's customer may name it")
    void linkedRecords() throws Exception {
        long customerId = newCustomer("salesA1");
        long otherCustomerId = newCustomer("salesA1");
        Opportunity deal = as("salesA1", () -> opportunities.create(form(customerId, "PROPOSAL", "1")));

        TaskForm task = new TaskForm();
        task.setSubject("Send the revised quote");
        task.setPriority(TaskPriority.HIGH);
        task.setCustomerId(customerId);
        task.setOpportunityId(deal.getId());
        long taskId = as("salesA1", () -> tasks.create(task).getId());
        ActivityForm activity = new ActivityForm();
        activity.setType("CALL");
        activity.setTime(Instant.now().minusSeconds(600));
        activity.setContent("Walked through the quote");
        activity.setOpportunityId(deal.getId());
        long activityId = as("salesA1", () -> activities.create(customerId, activity).getId());

        assertEquals(List.of(taskId), as("managerA", () -> tasks.findForOpportunity(deal.getId(), 10)).stream()
                .map(TaskRow::getId).toList());
        assertEquals(List.of(activityId), as("managerA", () -> activities.findForOpportunity(deal.getId(), 10))
                .stream().map(ActivityRow::getId).toList());
        as("salesB1", () -> assertThrows(RecordNotFoundException.class,
                () -> tasks.findForOpportunity(deal.getId(), 10)));

        task.setCustomerId(otherCustomerId);
        InvalidTaskException wrongCustomer = as("salesA1", () -> assertThrows(InvalidTaskException.class,
                () -> tasks.create(task)));
        assertTrue(wrongCustomer.has(TaskError.OPPORTUNITY_ID_INVALID));
        InvalidActivityException wrongActivity = as("salesA1", () -> assertThrows(InvalidActivityException.class,
                () -> activities.create(otherCustomerId, activity)));
        assertTrue(wrongActivity.has(ActivityError.OPPORTUNITY_INVALID));
    }

    private List<Long> ids(String role, OpportunityFilter filter) throws Exception {
        return as(role, () -> opportunities.findPage(filter, OpportunitySortField.NAME, true, 0, 50)).stream()
                .map(OpportunityRow::id).toList();
    }

    private static OpportunityForm form(long customerId, String stage, String amount) {
        return new OpportunityForm(customerId, "Deal " + stage, new BigDecimal(amount), "CNY",
                CompanyCalendar.current().today().plusMonths(2), stage, "REFERRAL", null, "Test deal", null);
    }

    private static OpportunityForm dated(long customerId, LocalDate expected) {
        return new OpportunityForm(customerId, "Dated " + expected, BigDecimal.TEN, "CNY", expected, "PROPOSAL",
                null, null, null, null);
    }

    private static OpportunityForm withOwner(OpportunityForm form, long ownerId) {
        return new OpportunityForm(form.customerId(), form.name(), form.amount(), form.currency(),
                form.expectedSignDate(), form.stage(), form.source(), ownerId, form.description(), form.lostReason());
    }

    private long newCustomer(String ownerKey) throws Exception {
        int number = ++sequence;
        return team.addCustomer(dataSource, ownerKey, team.prefix + "-o" + number,
                String.format("Opportunity service %s %03d", team.prefix, number));
    }

    /** Moves the time the deal entered its stage back, as if it had waited there. */
    private void enteredStageDaysAgo(long opportunityId, int days) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE opportunity SET stage_since = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(days)).minusSeconds(60)));
            update.setLong(2, opportunityId);
            update.executeUpdate();
        }
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
