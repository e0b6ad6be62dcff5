package org.xtoolscrm.it.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xtoolscrm.it.support.TestDetailForms.competitor;
import static org.xtoolscrm.it.support.TestDetailForms.quote;
import static org.xtoolscrm.it.support.TestDetailForms.requirement;
import static org.xtoolscrm.it.support.TestDetailForms.solution;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.audit.RestoreBlockedException;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestDeals;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.detail.Competitor;
import org.xtoolscrm.opportunity.detail.CompetitorError;
import org.xtoolscrm.opportunity.detail.CompetitorForm;
import org.xtoolscrm.opportunity.detail.CompetitorRow;
import org.xtoolscrm.opportunity.detail.CompetitorService;
import org.xtoolscrm.opportunity.detail.DetailProblem;
import org.xtoolscrm.opportunity.detail.InvalidDetailException;
import org.xtoolscrm.opportunity.detail.QuoteService;
import org.xtoolscrm.opportunity.detail.Requirement;
import org.xtoolscrm.opportunity.detail.RequirementError;
import org.xtoolscrm.opportunity.detail.RequirementImportance;
import org.xtoolscrm.opportunity.detail.RequirementRow;
import org.xtoolscrm.opportunity.detail.RequirementService;
import org.xtoolscrm.opportunity.detail.Solution;
import org.xtoolscrm.opportunity.detail.SolutionRow;
import org.xtoolscrm.opportunity.detail.SolutionService;
import org.xtoolscrm.opportunity.detail.StaleDetailException;

/**
 * Requirements, solutions and competitors of a deal on the real server and database:
 * what is stored, the change log, stale edits, the list orders, and the recycle bin alone
 * and together with the customer or the deal. Quotes have their own test class.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Requirements, solutions and competitors of a deal")
class OpportunityDetailServiceTest {

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OpportunityDetailServiceTest.class);
    }

    @EJB
    private RequirementService requirements;

    @EJB
    private SolutionService solutions;

    @EJB
    private CompetitorService competitors;

    @EJB
    private QuoteService quotes;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService customerEdits;

    @EJB
    private RecycleBinService bin;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("od" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Adding a requirement stores clean values, the author and the change log")
    void requirementCreated() throws Exception {
        Deal deal = freshDeal("create");

        Requirement requirement = as("salesA1", () -> requirements.create(deal.id, requirement(
                "  数据迁移\n 从旧 ERP  ", "\r\n需要迁移 5 年的订单。\r\n包括附件。 \n", RequirementImportance.HIGH)));
        List<ChangeEntry> history = as("salesA1", () -> requirements.history(requirement.getId()));

        assertEquals("数据迁移 从旧 ERP", requirement.getTitle());
        assertEquals("需要迁移 5 年的订单。\n包括附件。", requirement.getDescription());
        assertEquals(RequirementImportance.HIGH, requirement.getImportance());
        assertEquals(deal.id, requirement.getOpportunityId());
        assertEquals(deal.customerId, requirement.getCustomerId());
        assertEquals(team.login("salesA1"), requirement.getCreatedBy().getLogin());
        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE), history.toString());
        assertEquals("数据迁移 从旧 ERP", newValue(history, "title"));
        assertEquals("HIGH", newValue(history, "importance"));
        assertEquals(team.login("salesA1"), history.get(0).getChangedBy());
    }

    @Test
    @DisplayName("An invalid requirement reports every problem and stores nothing")
    void requirementRejected() throws Exception {
        Deal deal = freshDeal("invalid");

        InvalidDetailException e = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> requirements.create(deal.id, requirement(" ", "记".repeat(2001), null))));

        assertEquals(List.of(DetailProblem.of(RequirementError.TITLE_MISSING),
                DetailProblem.of(RequirementError.IMPORTANCE_MISSING),
                DetailProblem.of(RequirementError.DESCRIPTION_TOO_LONG, 2000, 2001)), e.getProblems());
        assertEquals(0L, (long) as("salesA1", () -> requirements.count(deal.id)));
    }

    @Test
    @DisplayName("The longest title and description are stored whole")
    void requirementMaximumLength() throws Exception {
        Deal deal = freshDeal("max");
        String title = "需".repeat(Requirement.TITLE_MAX);
        String description = "😀".repeat(Requirement.DESCRIPTION_MAX);

        long id = as("salesA1", () -> requirements.create(deal.id, requirement(title, description,
                RequirementImportance.NORMAL)).getId());
        Requirement stored = as("salesA1", () -> requirements.get(id));

        assertEquals(title, stored.getTitle());
        assertEquals(description, stored.getDescription());
    }

    @Test
    @DisplayName("Requirements list by importance, then newest first, a page at a time")
    void requirementOrder() throws Exception {
        Deal deal = freshDeal("order");
        long low = addRequirement(deal, "low", RequirementImportance.LOW);
        long normalOld = addRequirement(deal, "normal old", RequirementImportance.NORMAL);
        long high = addRequirement(deal, "high", RequirementImportance.HIGH);
        long normalNew = addRequirement(deal, "normal new", RequirementImportance.NORMAL);

        List<Long> all = as("salesA1", () -> requirements.findPage(deal.id, 0, 10)).stream()
                .map(RequirementRow::getId).toList();
        List<Long> secondPage = as("salesA1", () -> requirements.findPage(deal.id, 2, 2)).stream()
                .map(RequirementRow::getId).toList();

        assertEquals(List.of(high, normalNew, normalOld, low), all);
        assertEquals(List.of(normalOld, low), secondPage);
        assertEquals(4L, (long) as("salesA1", () -> requirements.count(deal.id)));
    }

    @Test
    @DisplayName("Editing a requirement logs old and new values and raises the version")
    void requirementEdited() throws Exception {
        Deal deal = freshDeal("edit");
        Requirement created = as("salesA1", () -> requirements.create(deal.id,
                requirement("Single sign-on", null, RequirementImportance.NORMAL)));

        Requirement edited = as("managerA", () -> requirements.update(created.getId(), created.getVersion(),
                requirement("Single sign-on with LDAP", "Active Directory 2019", RequirementImportance.HIGH)));
        Map<String, ChangeEntry> updates = updatesByField(as("salesA1", () -> requirements.history(created.getId())));

        assertEquals("Single sign-on with LDAP", edited.getTitle());
        assertEquals(created.getVersion() + 1, edited.getVersion());
        assertEquals("Single sign-on", updates.get("title").getOldValue());
        assertEquals("Single sign-on with LDAP", updates.get("title").getNewValue());
        assertNull(updates.get("description").getOldValue());
        assertEquals("Active Directory 2019", updates.get("description").getNewValue());
        assertEquals("NORMAL", updates.get("importance").getOldValue());
        assertEquals("HIGH", updates.get("importance").getNewValue());
        assertEquals(team.login("managerA"), updates.get("title").getChangedBy());
        assertFalse(updates.containsKey("opportunityId"), "unchanged fields are not logged");
    }

    @Test
    @DisplayName("A stale edit or delete of any kind is rejected and changes nothing")
    void staleChangesRejected() throws Exception {
        Deal deal = freshDeal("stale");
        Requirement requirement = as("salesA1", () -> requirements.create(deal.id,
                requirement("original", null, RequirementImportance.NORMAL)));
        Solution solution = as("salesA1", () -> solutions.create(deal.id, solution("original", null)));
        Competitor competitor = as("salesA1", () -> competitors.create(deal.id, competitor("original", null, null)));
        as("managerA", () -> requirements.update(requirement.getId(), requirement.getVersion(),
                requirement("manager's", null, RequirementImportance.LOW)));
        as("managerA", () -> solutions.update(solution.getId(), solution.getVersion(), solution("manager's", null)));
        as("managerA", () -> competitors.update(competitor.getId(), competitor.getVersion(),
                competitor("manager's", null, null)));

        as("salesA1", () -> assertThrows(StaleDetailException.class, () -> requirements.update(requirement.getId(),
                requirement.getVersion(), requirement("mine", null, RequirementImportance.HIGH))));
        as("salesA1", () -> assertThrows(StaleDetailException.class,
                () -> requirements.delete(requirement.getId(), requirement.getVersion())));
        as("salesA1", () -> assertThrows(StaleDetailException.class,
                () -> solutions.update(solution.getId(), solution.getVersion(), solution("mine", null))));
        as("salesA1", () -> assertThrows(StaleDetailException.class,
                () -> solutions.delete(solution.getId(), solution.getVersion())));
        as("salesA1", () -> assertThrows(StaleDetailException.class, () -> competitors.update(competitor.getId(),
                competitor.getVersion(), competitor("mine", null, null))));
        as("salesA1", () -> assertThrows(StaleDetailException.class,
                () -> competitors.delete(competitor.getId(), competitor.getVersion())));

        assertEquals("manager's", as("salesA1", () -> requirements.get(requirement.getId()).getTitle()));
        assertEquals(RequirementImportance.LOW, as("salesA1", () -> requirements.get(requirement.getId())
                .getImportance()));
        assertEquals("manager's", as("salesA1", () -> solutions.get(solution.getId()).getTitle()));
        assertEquals("manager's", as("salesA1", () -> competitors.get(competitor.getId()).getName()));
    }

    @Test
    @DisplayName("Solutions keep 4000 characters and list newest first")
    void solutions() throws Exception {
        Deal deal = freshDeal("solutions");
        String description = "方案".repeat(2000);
        long older = as("salesA1", () -> solutions.create(deal.id, solution("Private cloud", description)).getId());
        long newer = as("salesA1", () -> solutions.create(deal.id, solution("  Hybrid\tcloud ", null)).getId());

        List<SolutionRow> rows = as("salesA1", () -> solutions.findPage(deal.id, 0, 10));

        assertEquals(List.of(newer, older), rows.stream().map(SolutionRow::getId).toList());
        assertEquals("Hybrid cloud", rows.get(0).getTitle());
        assertEquals(description, rows.get(1).getDescription());
        assertEquals("salesA1 " + team.prefix, rows.get(0).getCreatedByName());
        assertEquals(2L, (long) as("salesA1", () -> solutions.count(deal.id)));
    }

    @Test
    @DisplayName("Competitors keep their price with currency, list by name, and clear both")
    void competitors() throws Exception {
        Deal deal = freshDeal("competitors");
        long zeta = as("salesA1", () -> competitors.create(deal.id, competitor("Zeta Systems", "1999.5", "usd"))
                .getId());
        long alpha = as("salesA1", () -> competitors.create(deal.id, competitor("Alpha Soft", null, "USD")).getId());

        List<CompetitorRow> rows = as("salesA1", () -> competitors.findPage(deal.id, 0, 10));
        Competitor stored = as("salesA1", () -> competitors.get(zeta));
        Competitor cleared = as("salesA1", () -> competitors.update(zeta, stored.getVersion(),
                competitor("Zeta Systems", null, "USD")));

        assertEquals(List.of(alpha, zeta), rows.stream().map(CompetitorRow::getId).toList());
        assertNull(rows.get(0).getPrice());
        assertNull(rows.get(0).getCurrency());
        assertEquals(new BigDecimal("1999.50"), rows.get(1).getPrice());
        assertEquals("USD", rows.get(1).getCurrency());
        assertEquals(new BigDecimal("1999.50"), stored.getPrice());
        assertNull(cleared.getPrice());
        assertNull(cleared.getCurrency());
        Map<String, ChangeEntry> updates = updatesByField(as("salesA1", () -> competitors.history(zeta)));
        assertEquals("1999.50", updates.get("price").getOldValue());
        assertEquals("USD", updates.get("currency").getOldValue());
    }

    @Test
    @DisplayName("A competitor's price is checked against its currency")
    void competitorPriceRejected() throws Exception {
        Deal deal = freshDeal("competitor-price");
        CompetitorForm form = competitor(" ", "1.5", "JPY");
        form.setStrengths("s".repeat(Competitor.STRENGTHS_MAX + 1));

        InvalidDetailException e = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> competitors.create(deal.id, form)));

        assertEquals(List.of(DetailProblem.of(CompetitorError.NAME_MISSING),
                DetailProblem.of(CompetitorError.STRENGTHS_TOO_LONG, 2000, 2001),
                DetailProblem.of(CompetitorError.PRICE_TOO_PRECISE, "JPY", 0)), e.getProblems());
        assertEquals(0L, (long) as("salesA1", () -> competitors.count(deal.id)));
    }

    @Test
    @DisplayName("Deleting moves each kind to the recycle bin, and a Boss restores it")
    void deleteAndRestore() throws Exception {
        Deal deal = freshDeal("delete");
        Requirement requirement = as("salesA1", () -> requirements.create(deal.id,
                requirement("Wrong deal\nremove", null, RequirementImportance.LOW)));
        Solution solution = as("salesA1", () -> solutions.create(deal.id, solution("Old plan", null)));
        Competitor competitor = as("salesA1", () -> competitors.create(deal.id, competitor("Acme", null, null)));

        as("salesA1", () -> requirements.delete(requirement.getId(), requirement.getVersion()));
        as("salesA1", () -> solutions.delete(solution.getId(), solution.getVersion()));
        as("salesA1", () -> competitors.delete(competitor.getId(), competitor.getVersion()));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> requirements.get(requirement.getId())));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> solutions.get(solution.getId())));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> competitors.get(competitor.getId())));
        assertEquals(0L, (long) as("salesA1", () -> requirements.count(deal.id)));
        assertTrue(as("salesA1", () -> solutions.findPage(deal.id, 0, 10)).isEmpty());
        assertTrue(as("salesA1", () -> competitors.findPage(deal.id, 0, 10)).isEmpty());
        DeletedRecord requirementEntry = binEntry(BinRecordType.REQUIREMENT, requirement.getId());
        assertEquals("Wrong deal remove", requirementEntry.getLabel());
        assertEquals(deal.customerId, requirementEntry.getCustomerId());
        assertEquals(team.login("salesA1"), requirementEntry.getDeletedBy());
        assertEquals("Old plan", binEntry(BinRecordType.SOLUTION, solution.getId()).getLabel());
        assertEquals("Acme", binEntry(BinRecordType.COMPETITOR, competitor.getId()).getLabel());

        long solutionEntry = binEntry(BinRecordType.SOLUTION, solution.getId()).getId();
        long competitorEntry = binEntry(BinRecordType.COMPETITOR, competitor.getId()).getId();
        as("boss", () -> bin.restore(requirementEntry.getId()));
        as("boss", () -> bin.restore(solutionEntry));
        as("boss", () -> bin.restore(competitorEntry));

        assertEquals("Wrong deal remove", as("salesA1", () -> requirements.get(requirement.getId()).getTitle()));
        assertEquals(1L, (long) as("salesA1", () -> solutions.count(deal.id)));
        assertEquals(1L, (long) as("salesA1", () -> competitors.count(deal.id)));
        List<ChangeAction> actions = as("salesA1", () -> requirements.history(requirement.getId())).stream()
                .map(ChangeEntry::getAction).distinct().toList();
        assertTrue(actions.containsAll(List.of(ChangeAction.CREATE, ChangeAction.DELETE, ChangeAction.RESTORE)),
                actions.toString());
    }

    @Test
    @DisplayName("All four kinds go to the bin with their customer and come back with it")
    void goneWithCustomer() throws Exception {
        Deal deal = freshDeal("with-customer");
        long requirement = addRequirement(deal, "kept", RequirementImportance.NORMAL);
        long solution = as("salesA1", () -> solutions.create(deal.id, solution("kept", null)).getId());
        long competitor = as("salesA1", () -> competitors.create(deal.id, competitor("kept", null, null)).getId());
        long quote = as("salesA1", () -> quotes.create(deal.id, quote(null, "Licence", "2", "10.00")).getId());
        Requirement deletedBefore = as("salesA1", () -> requirements.create(deal.id,
                requirement("deleted before", null, RequirementImportance.NORMAL)));
        as("salesA1", () -> requirements.delete(deletedBefore.getId(), deletedBefore.getVersion()));

        int customerVersion = as("salesA1", () -> customers.getVisible(deal.customerId).getVersion());
        as("salesA1", () -> customerEdits.delete(deal.customerId, customerVersion));

        assertEquals(List.of(1, 1, 1, 1), deletionMarks(deal.id));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> requirements.get(requirement)));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> solutions.get(solution)));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> competitors.get(competitor)));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> quotes.get(quote)));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> requirements.findPage(deal.id, 0, 10)));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> solutions.create(deal.id,
                solution("into the bin?", null))));

        long customerEntry = binEntry(BinRecordType.CUSTOMER, deal.customerId).getId();
        as("boss", () -> bin.restore(customerEntry));

        assertEquals(List.of(requirement), as("salesA1", () -> requirements.findPage(deal.id, 0, 10)).stream()
                .map(RequirementRow::getId).toList(), "the requirement deleted on its own stays in the bin");
        assertEquals("kept", as("salesA1", () -> solutions.get(solution).getTitle()));
        assertEquals("kept", as("salesA1", () -> competitors.get(competitor).getName()));
        assertEquals(1, as("salesA1", () -> quotes.get(quote).getLines().size()));
    }

    @Test
    @DisplayName("A record deleted on its own cannot come back while its customer is in the bin")
    void restoreNeedsCustomer() throws Exception {
        Deal deal = freshDeal("blocked");
        Solution solution = as("salesA1", () -> solutions.create(deal.id, solution("alone", null)));
        as("salesA1", () -> solutions.delete(solution.getId(), solution.getVersion()));
        DeletedRecord solutionEntry = binEntry(BinRecordType.SOLUTION, solution.getId());
        int customerVersion = as("salesA1", () -> customers.getVisible(deal.customerId).getVersion());
        as("salesA1", () -> customerEdits.delete(deal.customerId, customerVersion));

        as("boss", () -> assertThrows(RestoreBlockedException.class, () -> bin.restore(solutionEntry.getId())));

        long customerEntry = binEntry(BinRecordType.CUSTOMER, deal.customerId).getId();
        as("boss", () -> bin.restore(customerEntry));
        as("boss", () -> bin.restore(solutionEntry.getId()));
        assertEquals("alone", as("salesA1", () -> solutions.get(solution.getId()).getTitle()));
    }

    @Test
    @DisplayName("A deal in the bin hides its records until it is restored")
    void hiddenWithDeal() throws Exception {
        Deal deal = freshDeal("with-deal");
        long requirement = addRequirement(deal, "follows the deal", RequirementImportance.HIGH);
        int dealVersion = as("salesA1", () -> opportunities.get(deal.id).getVersion());

        as("salesA1", () -> opportunities.delete(deal.id, dealVersion));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> requirements.get(requirement)));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> requirements.count(deal.id)));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> requirements.history(requirement)));

        long dealEntry = binEntry(BinRecordType.OPPORTUNITY, deal.id).getId();
        as("boss", () -> bin.restore(dealEntry));

        assertEquals("follows the deal", as("salesA1", () -> requirements.get(requirement).getTitle()));
    }

    @Test
    @DisplayName("An unknown deal or record id is not found")
    void unknownIds() throws Exception {
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> requirements.count(Long.MAX_VALUE)));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> solutions.get(Long.MAX_VALUE)));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> competitors.delete(Long.MAX_VALUE, 0)));
        as("boss", () -> assertThrows(RecordNotFoundException.class,
                () -> requirements.create(Long.MAX_VALUE, requirement("x", null, RequirementImportance.LOW))));
    }

    /** A deal of salesA1 on a customer of its own. */
    private record Deal(long id, long customerId) {
    }

    private Deal freshDeal(String name) throws Exception {
        int number = ++sequence;
        long customerId = team.addCustomer(dataSource, "salesA1", team.prefix + "-" + number,
                "机会明细客户 " + team.prefix + " " + name);
        long dealId = TestDeals.create(team, "salesA1", opportunities, customerId, "Deal " + name);
        return new Deal(dealId, customerId);
    }

    private long addRequirement(Deal deal, String title, RequirementImportance importance) throws Exception {
        return as("salesA1", () -> requirements.create(deal.id, requirement(title, null, importance)).getId());
    }

    /**
     * Counts, in each record table, the deal's rows that the customer's bin entry marks, in
     * the order requirements, solutions, quotes, competitors.
     */
    private List<Integer> deletionMarks(long dealId) throws Exception {
        List<Integer> counts = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            for (String table : List.of("opportunity_requirement", "opportunity_solution", "opportunity_quote",
                    "opportunity_competitor")) {
                try (var select = connection.prepareStatement("SELECT COUNT(*) FROM " + table
                        + " t JOIN recycle_bin b ON b.id = t.deletion_id WHERE t.opportunity_id = ? "
                        + "AND b.record_type = 'CUSTOMER'")) {
                    select.setLong(1, dealId);
                    try (var result = select.executeQuery()) {
                        result.next();
                        counts.add(result.getInt(1));
                    }
                }
            }
        }
        return counts;
    }

    private static String newValue(List<ChangeEntry> history, String field) {
        return history.stream().filter(entry -> field.equals(entry.getFieldName())).findFirst()
                .map(ChangeEntry::getNewValue).orElse(null);
    }

    private static Map<String, ChangeEntry> updatesByField(List<ChangeEntry> history) {
        return history.stream()
                .filter(entry -> entry.getAction() == ChangeAction.UPDATE)
                .collect(Collectors.toMap(ChangeEntry::getFieldName, entry -> entry, (newer, older) -> newer));
    }

    private DeletedRecord binEntry(BinRecordType type, long recordId) throws Exception {
        return as("boss", () -> bin.findPage(0, RecycleBinService.MAX_PAGE_SIZE)).stream()
                .filter(entry -> entry.getRecordType() == type && entry.getRecordId() == recordId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bin entry for " + type + " " + recordId));
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
