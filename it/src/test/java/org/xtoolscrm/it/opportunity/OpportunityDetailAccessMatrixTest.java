package org.xtoolscrm.it.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
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
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestDeals;
import org.xtoolscrm.it.support.TestDetailForms;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.detail.CompetitorForm;
import org.xtoolscrm.opportunity.detail.CompetitorRow;
import org.xtoolscrm.opportunity.detail.CompetitorService;
import org.xtoolscrm.opportunity.detail.Quote;
import org.xtoolscrm.opportunity.detail.QuoteForm;
import org.xtoolscrm.opportunity.detail.QuoteRow;
import org.xtoolscrm.opportunity.detail.QuoteService;
import org.xtoolscrm.opportunity.detail.QuoteStatus;
import org.xtoolscrm.opportunity.detail.RequirementForm;
import org.xtoolscrm.opportunity.detail.RequirementImportance;
import org.xtoolscrm.opportunity.detail.RequirementRow;
import org.xtoolscrm.opportunity.detail.RequirementService;
import org.xtoolscrm.opportunity.detail.SolutionForm;
import org.xtoolscrm.opportunity.detail.SolutionRow;
import org.xtoolscrm.opportunity.detail.SolutionService;

/**
 * Who reaches the requirements, solutions, quotes and competitors of one deal through each
 * way in: the list, a record by id, and adding, editing and deleting by id. The deal is
 * salesA1's, on salesA1's customer, which salesA1 shares with salesDirect. A share gives
 * read and write, so the same roles may read and change. Every case that changes records
 * works on a fresh deal of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Deal record access matrix")
class OpportunityDetailAccessMatrixTest {

    /**
     * Whether each role may see the deal, and so read and write its records: the Boss, the
     * owner's Manager, the owner, and the user the customer is shared with. Another team's
     * Manager, a colleague in the same team and a salesperson of another team do not.
     */
    private static final Map<String, Boolean> ACCESS = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", false,
            "salesDirect", true);

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OpportunityDetailAccessMatrixTest.class);
    }

    @EJB
    private RequirementService requirements;

    @EJB
    private SolutionService solutions;

    @EJB
    private QuoteService quotes;

    @EJB
    private CompetitorService competitors;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("om" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("List and count show each kind to exactly the right roles")
    void list() throws Exception {
        long deal = sharedDeal();
        for (Kind kind : kinds()) {
            long id = as("salesA1", () -> kind.create(deal, "listed"));

            for (String role : ACCESS.keySet()) {
                String label = kind.name() + " as " + role;
                if (ACCESS.get(role)) {
                    assertEquals(List.of(id), as(role, () -> kind.list(deal)), "list " + label);
                    assertEquals(1L, (long) as(role, () -> kind.count(deal)), "count " + label);
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.list(deal),
                            "list " + label));
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.count(deal),
                            "count " + label));
                }
            }
        }
    }

    @Test
    @DisplayName("Each kind by id and its history open for exactly the right roles")
    void getById() throws Exception {
        long deal = sharedDeal();
        for (Kind kind : kinds()) {
            long id = as("salesA1", () -> kind.create(deal, "by id"));

            for (String role : ACCESS.keySet()) {
                String label = kind.name() + " as " + role;
                if (ACCESS.get(role)) {
                    assertEquals("by id", as(role, () -> kind.read(id)), "get " + label);
                    assertFalse(as(role, () -> kind.history(id)).isEmpty(), "history " + label);
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.read(id), "get " + label));
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.history(id),
                            "history " + label));
                }
            }
        }
    }

    @Test
    @DisplayName("Adding each kind works for exactly the right roles")
    void create() throws Exception {
        for (String role : ACCESS.keySet()) {
            long deal = sharedDeal();
            for (Kind kind : kinds()) {
                String label = kind.name() + " as " + role;
                if (ACCESS.get(role)) {
                    long id = as(role, () -> kind.create(deal, "by " + role));
                    assertEquals("by " + role, asOwner(() -> kind.read(id)), "stored " + label);
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.create(deal, "by " + role),
                            "create " + label));
                }
                assertEquals(ACCESS.get(role) ? 1L : 0L, (long) asOwner(() -> kind.count(deal)),
                        "records after create " + label);
            }
        }
    }

    @Test
    @DisplayName("Editing each kind by id works for exactly the right roles")
    void editById() throws Exception {
        for (String role : ACCESS.keySet()) {
            long deal = sharedDeal();
            for (Kind kind : kinds()) {
                String label = kind.name() + " as " + role;
                long id = asOwner(() -> kind.create(deal, "original"));
                int version = asOwner(() -> kind.version(id));
                if (ACCESS.get(role)) {
                    as(role, () -> kind.edit(id, version, "edited by " + role));
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class,
                            () -> kind.edit(id, version, "edited by " + role), "edit " + label));
                }
                assertEquals(ACCESS.get(role) ? "edited by " + role : "original", asOwner(() -> kind.read(id)),
                        "text after edit " + label);
            }
        }
    }

    @Test
    @DisplayName("Deleting each kind by id works for exactly the right roles")
    void deleteById() throws Exception {
        for (String role : ACCESS.keySet()) {
            long deal = sharedDeal();
            for (Kind kind : kinds()) {
                String label = kind.name() + " as " + role;
                long id = asOwner(() -> kind.create(deal, "to delete"));
                int version = asOwner(() -> kind.version(id));
                if (ACCESS.get(role)) {
                    as(role, () -> kind.delete(id, version));
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.delete(id, version),
                            "delete " + label));
                }
                assertEquals(ACCESS.get(role) ? 0L : 1L, (long) asOwner(() -> kind.count(deal)),
                        "records after delete " + label);
            }
        }
    }

    @Test
    @DisplayName("Sending and accepting a quote by id work for exactly the right roles")
    void quoteStatusById() throws Exception {
        for (String role : ACCESS.keySet()) {
            long deal = sharedDeal();
            Quote draft = asOwner(() -> quotes.create(deal, TestDetailForms.quote("status", "Licence", "1", "100.00")));
            if (ACCESS.get(role)) {
                Quote sent = as(role, () -> quotes.markSent(draft.getId(), draft.getVersion()));
                as(role, () -> quotes.markAccepted(sent.getId(), sent.getVersion()));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> quotes.markSent(draft.getId(), draft.getVersion()), "send as " + role));
                Quote sent = asOwner(() -> quotes.markSent(draft.getId(), draft.getVersion()));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> quotes.markAccepted(sent.getId(), sent.getVersion()), "accept as " + role));
            }
            assertEquals(ACCESS.get(role) ? QuoteStatus.ACCEPTED : QuoteStatus.SENT,
                    asOwner(() -> quotes.get(draft.getId()).getStatus()), "status after changes as " + role);
        }
    }

    /**
     * One kind of record, driven through its service as the identity that runs the call. Each kind
     * has one text field that the cases write and read back.
     */
    private interface Kind {
        String name();

        long create(long deal, String text);

        List<Long> list(long deal);

        long count(long deal);

        String read(long id);

        List<ChangeEntry> history(long id);

        int version(long id);

        void edit(long id, int version, String text);

        void delete(long id, int version);
    }

    private List<Kind> kinds() {
        return List.of(new RequirementKind(), new SolutionKind(), new QuoteKind(), new CompetitorKind());
    }

    /** The title is the requirement's text. */
    private final class RequirementKind implements Kind {
        public String name() {
            return "requirement";
        }

        public long create(long deal, String text) {
            return requirements.create(deal, form(text)).getId();
        }

        public List<Long> list(long deal) {
            return requirements.findPage(deal, 0, 10).stream().map(RequirementRow::getId).toList();
        }

        public long count(long deal) {
            return requirements.count(deal);
        }

        public String read(long id) {
            return requirements.get(id).getTitle();
        }

        public List<ChangeEntry> history(long id) {
            return requirements.history(id);
        }

        public int version(long id) {
            return requirements.get(id).getVersion();
        }

        public void edit(long id, int version, String text) {
            requirements.update(id, version, form(text));
        }

        public void delete(long id, int version) {
            requirements.delete(id, version);
        }

        private RequirementForm form(String text) {
            return TestDetailForms.requirement(text, null, RequirementImportance.NORMAL);
        }
    }

    /** The title is the solution's text. */
    private final class SolutionKind implements Kind {
        public String name() {
            return "solution";
        }

        public long create(long deal, String text) {
            return solutions.create(deal, form(text)).getId();
        }

        public List<Long> list(long deal) {
            return solutions.findPage(deal, 0, 10).stream().map(SolutionRow::getId).toList();
        }

        public long count(long deal) {
            return solutions.count(deal);
        }

        public String read(long id) {
            return solutions.get(id).getTitle();
        }

        public List<ChangeEntry> history(long id) {
            return solutions.history(id);
        }

        public int version(long id) {
            return solutions.get(id).getVersion();
        }

        public void edit(long id, int version, String text) {
            solutions.update(id, version, form(text));
        }

        public void delete(long id, int version) {
            solutions.delete(id, version);
        }

        private SolutionForm form(String text) {
            return TestDetailForms.solution(text, null);
        }
    }

    /** The notes are the quote's text, and each quote has one line. */
    private final class QuoteKind implements Kind {
        public String name() {
            return "quote";
        }

        public long create(long deal, String text) {
            return quotes.create(deal, TestDetailForms.quote(text, "Licence", "1", "100.00")).getId();
        }

        public List<Long> list(long deal) {
            return quotes.findPage(deal, 0, 10).stream().map(QuoteRow::getId).toList();
        }

        public long count(long deal) {
            return quotes.count(deal);
        }

        public String read(long id) {
            return quotes.get(id).getNotes();
        }

        public List<ChangeEntry> history(long id) {
            return quotes.history(id);
        }

        public int version(long id) {
            return quotes.get(id).getVersion();
        }

        public void edit(long id, int version, String text) {
            QuoteForm form = QuoteForm.of(quotes.get(id));
            form.setNotes(text);
            quotes.update(id, version, form);
        }

        public void delete(long id, int version) {
            quotes.delete(id, version);
        }
    }

    /** The name is the competitor's text. */
    private final class CompetitorKind implements Kind {
        public String name() {
            return "competitor";
        }

        public long create(long deal, String text) {
            return competitors.create(deal, form(text)).getId();
        }

        public List<Long> list(long deal) {
            return competitors.findPage(deal, 0, 10).stream().map(CompetitorRow::getId).toList();
        }

        public long count(long deal) {
            return competitors.count(deal);
        }

        public String read(long id) {
            return competitors.get(id).getName();
        }

        public List<ChangeEntry> history(long id) {
            return competitors.history(id);
        }

        public int version(long id) {
            return competitors.get(id).getVersion();
        }

        public void edit(long id, int version, String text) {
            competitors.update(id, version, form(text));
        }

        public void delete(long id, int version) {
            competitors.delete(id, version);
        }

        private CompetitorForm form(String text) {
            return TestDetailForms.competitor(text, "100.00", "CNY");
        }
    }

    /** Creates a deal of salesA1 on a customer of salesA1 that is shared with salesDirect. */
    private long sharedDeal() throws Exception {
        int number = ++sequence;
        long customerId = team.addCustomer(dataSource, "salesA1", team.prefix + "-d" + number,
                String.format("Deal matrix %s %03d", team.prefix, number));
        long salesDirect = team.users.get("salesDirect").getId();
        as("salesA1", () -> sharing.share(customerId, List.of(salesDirect)));
        return TestDeals.create(team, "salesA1", opportunities, customerId, "Matrix deal " + number);
    }

    private static <T> T asOwner(Callable<T> work) throws Exception {
        return as("salesA1", work);
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
