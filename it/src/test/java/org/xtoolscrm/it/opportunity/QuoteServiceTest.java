package org.xtoolscrm.it.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestDeals;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.detail.DetailProblem;
import org.xtoolscrm.opportunity.detail.InvalidDetailException;
import org.xtoolscrm.opportunity.detail.Quote;
import org.xtoolscrm.opportunity.detail.QuoteError;
import org.xtoolscrm.opportunity.detail.QuoteForm;
import org.xtoolscrm.opportunity.detail.QuoteLine;
import org.xtoolscrm.opportunity.detail.QuoteRow;
import org.xtoolscrm.opportunity.detail.QuoteService;
import org.xtoolscrm.opportunity.detail.QuoteStatus;
import org.xtoolscrm.opportunity.detail.StaleDetailException;

/**
 * Quotes on the real server and database: generated and typed numbers, totals as stored,
 * line edits, the status changes and the recycle bin.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Quotes of a deal")
class QuoteServiceTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    /**
     * How long a call must stay blocked behind a held row lock. Without the lock the call
     * takes well under a second on the test server, so three seconds tell the two apart.
     */
    private static final int LOCK_WAIT_SECONDS = 3;

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(QuoteServiceTest.class);
    }

    @EJB
    private QuoteService quotes;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private RecycleBinService bin;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("qt" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Quotes without a number are numbered Q-deal-n, counting deleted ones")
    void generatedNumbers() throws Exception {
        long deal = freshDeal("numbers");

        String suggested = as("salesA1", () -> quotes.suggestNumber(deal));
        Quote first = as("salesA1", () -> quotes.create(deal, form(null, line("Server", "1", "100.00", null))));
        Quote second = as("salesA1", () -> quotes.create(deal, form("", line("Server", "1", "100.00", null))));
        as("salesA1", () -> quotes.delete(second.getId(), second.getVersion()));
        Quote third = as("salesA1", () -> quotes.create(deal, form(null, line("Server", "1", "100.00", null))));

        assertEquals("Q-" + deal + "-1", suggested);
        assertEquals("Q-" + deal + "-1", first.getQuoteNumber());
        assertEquals("Q-" + deal + "-2", second.getQuoteNumber());
        assertEquals("Q-" + deal + "-3", third.getQuoteNumber(), "the deleted quote keeps its number");
        assertEquals(QuoteStatus.DRAFT, first.getStatus());
    }

    @Test
    @DisplayName("A typed number is stored in upper case and skipped by generated ones")
    void typedNumbers() throws Exception {
        long deal = freshDeal("typed");

        Quote generated = as("salesA1", () -> quotes.create(deal, form(null)));
        Quote typed = as("salesA1", () -> quotes.create(deal, form(" q-" + deal + "-2 ")));
        String suggested = as("salesA1", () -> quotes.suggestNumber(deal));
        Quote next = as("salesA1", () -> quotes.create(deal, form(null)));

        assertEquals("Q-" + deal + "-1", generated.getQuoteNumber());
        assertEquals("Q-" + deal + "-2", typed.getQuoteNumber());
        assertEquals("Q-" + deal + "-3", suggested);
        assertEquals("Q-" + deal + "-3", next.getQuoteNumber());
    }

    @Test
    @DisplayName("A number is unique across deals, in any case, bin included")
    void numbersAreUnique() throws Exception {
        long deal = freshDeal("unique");
        long otherDeal = freshDeal("unique-other");
        String number = team.prefix.toUpperCase() + "-2026-001";
        Quote first = as("salesA1", () -> quotes.create(deal, form(number)));
        Quote deleted = as("salesA1", () -> quotes.create(deal, form(number + "-OLD")));
        as("salesA1", () -> quotes.delete(deleted.getId(), deleted.getVersion()));
        Quote mine = as("salesA1", () -> quotes.create(otherDeal, form(number + "-B")));

        InvalidDetailException sameCase = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> quotes.create(otherDeal, form(number))));
        InvalidDetailException otherCase = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> quotes.create(otherDeal, form(number.toLowerCase()))));
        InvalidDetailException inBin = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> quotes.create(otherDeal, form(number + "-old"))));
        InvalidDetailException onEdit = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> quotes.update(mine.getId(), mine.getVersion(), form(number))));
        Quote renamed = as("salesA1", () -> quotes.update(mine.getId(), mine.getVersion(), form(number + "-b")));

        assertEquals(List.of(DetailProblem.of(QuoteError.NUMBER_TAKEN, number)), sameCase.getProblems());
        assertEquals(List.of(DetailProblem.of(QuoteError.NUMBER_TAKEN, number)), otherCase.getProblems());
        assertEquals(List.of(DetailProblem.of(QuoteError.NUMBER_TAKEN, number + "-OLD")), inBin.getProblems());
        assertEquals(List.of(DetailProblem.of(QuoteError.NUMBER_TAKEN, number)), onEdit.getProblems());
        assertEquals(number + "-B", renamed.getQuoteNumber(), "a quote may keep its own number");
        assertEquals(number, as("salesA1", () -> quotes.get(first.getId()).getQuoteNumber()));
    }

    @Test
    @DisplayName("Line totals round half-even and the quote total rounds the exact sum once")
    void totalsStored() throws Exception {
        long deal = freshDeal("totals");

        // 1 x 0.25 x (1 - 50 / 100) = 0.125 on each line: each rounds half-even to 0.12, and
        // the exact sum 0.250 gives 0.25. 1.333 x 7.50 x 0.875 = 8.7478125 rounds to 8.75.
        long id = as("salesA1", () -> quotes.create(deal, form(null, line("Sample A", "1", "0.25", "50"),
                line("Sample B", "1", "0.25", "50"), line("Cable", "1.333", "7.50", "12.5"))).getId());
        Quote stored = as("salesA1", () -> quotes.get(id));
        QuoteRow row = as("salesA1", () -> quotes.findPage(deal, 0, 10)).get(0);

        assertEquals(List.of(new BigDecimal("0.12"), new BigDecimal("0.12"), new BigDecimal("8.75")),
                stored.getLines().stream().map(QuoteLine::getLineTotal).toList());
        // 0.125 + 0.125 + 8.7478125 = 8.9978125, rounded once: 9.00 (the rounded lines add up to 8.99)
        assertEquals(new BigDecimal("9.00"), stored.getTotal());
        assertEquals(new BigDecimal("9.00"), row.getTotal());
        assertEquals(List.of("Sample A", "Sample B", "Cable"),
                stored.getLines().stream().map(QuoteLine::getProduct).toList());
        assertEquals(new BigDecimal("1.333"), stored.getLines().get(2).getQuantity());
        assertEquals(new BigDecimal("12.50"), stored.getLines().get(2).getDiscountPercent());
        assertEquals(new BigDecimal("50.00"), stored.getLines().get(0).getDiscountPercent());
    }

    @Test
    @DisplayName("A yen quote has whole-yen prices and totals")
    void yenQuote() throws Exception {
        long deal = freshDeal("yen");
        QuoteForm fractional = form(null, line("Licence", "1", "100.5", null));
        fractional.setCurrency("JPY");
        QuoteForm whole = form(null, line("Licence", "3", "333", "33.33"), line("Support", "1", "5", "50"));
        whole.setCurrency("jpy");

        InvalidDetailException e = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> quotes.create(deal, fractional)));
        Quote stored = as("salesA1", () -> quotes.create(deal, whole));

        assertEquals(List.of(DetailProblem.ofLine(0, QuoteError.UNIT_PRICE_TOO_PRECISE, "JPY", 0)), e.getProblems());
        assertEquals("JPY", stored.getCurrency());
        // 999 x 0.6667 = 666.0333 gives 666, 2.5 gives the even 2; the exact sum 668.5333 gives 669
        assertEquals(List.of(new BigDecimal("666.00"), new BigDecimal("2.00")),
                stored.getLines().stream().map(QuoteLine::getLineTotal).toList());
        assertEquals(new BigDecimal("669.00"), stored.getTotal());
    }

    @Test
    @DisplayName("Invalid dates, currency and lines are rejected together, nothing stored")
    void invalidQuote() throws Exception {
        long deal = freshDeal("invalid");
        QuoteForm form = form("Q 1", line("Server", "0", "10", "120"), new LineItemForm(), line(null, "1", "-1", null));
        form.setValidUntil(DATE.minusDays(1));
        form.setCurrency("RMB");

        InvalidDetailException e = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> quotes.create(deal, form)));

        assertEquals(List.of(
                DetailProblem.of(QuoteError.NUMBER_INVALID, "Q 1"),
                DetailProblem.of(QuoteError.VALID_UNTIL_BEFORE_DATE, "2026-11-20"),
                DetailProblem.of(QuoteError.CURRENCY_INVALID, "RMB"),
                DetailProblem.ofLine(0, QuoteError.QUANTITY_NOT_POSITIVE),
                DetailProblem.ofLine(0, QuoteError.DISCOUNT_OUT_OF_RANGE, 0, 100),
                DetailProblem.ofLine(2, QuoteError.PRODUCT_MISSING),
                DetailProblem.ofLine(2, QuoteError.UNIT_PRICE_NEGATIVE)), e.getProblems());
        assertEquals(0L, (long) as("salesA1", () -> quotes.count(deal)));
        assertEquals(0, lineRows(deal));
    }

    @Test
    @DisplayName("Editing lines updates them in place, deletes the removed ones and logs the change")
    void linesEdited() throws Exception {
        long deal = freshDeal("lines");
        Quote created = as("salesA1", () -> quotes.create(deal, form(null, line("Server", "2", "1000.00", null),
                line("Rack", "1", "300.00", null), line("Cable", "10", "5.00", null))));

        QuoteForm edit = QuoteForm.of(created);
        edit.getLines().get(0).setDiscountPercent(new BigDecimal("10"));
        edit.removeLine(1);
        edit.setNotes("Prices include installation.");
        Quote edited = as("salesA1", () -> quotes.update(created.getId(), created.getVersion(), edit));
        Map<String, ChangeEntry> updates = updatesByField(as("salesA1", () -> quotes.history(created.getId())));

        assertEquals(created.getVersion() + 1, edited.getVersion());
        assertEquals(List.of("Server", "Cable"), edited.getLines().stream().map(QuoteLine::getProduct).toList());
        // 2 x 1000.00 x 0.9 = 1800.00; 10 x 5.00 = 50.00
        assertEquals(new BigDecimal("1850.00"), edited.getTotal());
        assertEquals(2, lineRows(deal));
        assertEquals("2350.00", updates.get("total").getOldValue());
        assertEquals("1850.00", updates.get("total").getNewValue());
        assertEquals("1. Server x 2 @ 1000.00 -0.00% = 2000.00\n2. Rack x 1 @ 300.00 -0.00% = 300.00\n"
                + "3. Cable x 10 @ 5.00 -0.00% = 50.00", updates.get("lines").getOldValue());
        assertEquals("1. Server x 2 @ 1000.00 -10.00% = 1800.00\n2. Cable x 10 @ 5.00 -0.00% = 50.00",
                updates.get("lines").getNewValue());
        assertNull(updates.get("notes").getOldValue());
    }

    @Test
    @DisplayName("A change to a line alone raises the version, so an older form is stale")
    void lineChangeRaisesVersion() throws Exception {
        long deal = freshDeal("line-version");
        Quote created = as("salesA1", () -> quotes.create(deal, form(null, line("Server", "1", "10.00", null))));
        QuoteForm productOnly = QuoteForm.of(created);
        productOnly.getLines().get(0).setProduct("Server, 2U");

        Quote edited = as("managerA", () -> quotes.update(created.getId(), created.getVersion(), productOnly));

        assertEquals(created.getVersion() + 1, edited.getVersion());
        as("salesA1", () -> assertThrows(StaleDetailException.class,
                () -> quotes.update(created.getId(), created.getVersion(), QuoteForm.of(created))));
        as("salesA1", () -> assertThrows(StaleDetailException.class,
                () -> quotes.markSent(created.getId(), created.getVersion())));
        as("salesA1", () -> assertThrows(StaleDetailException.class,
                () -> quotes.delete(created.getId(), created.getVersion())));
        assertEquals("Server, 2U", as("salesA1", () -> quotes.get(created.getId()).getLines().get(0).getProduct()));
    }

    @Test
    @DisplayName("A quote goes from draft to sent to accepted, with the change log")
    void statusChanges() throws Exception {
        long deal = freshDeal("status");
        Quote empty = as("salesA1", () -> quotes.create(deal, form(null)));
        Quote draft = as("salesA1", () -> quotes.create(deal, form(null, line("Server", "1", "10.00", null))));

        InvalidDetailException noLines = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> quotes.markSent(empty.getId(), empty.getVersion())));
        InvalidDetailException notSent = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> quotes.markAccepted(draft.getId(), draft.getVersion())));
        Quote sent = as("salesA1", () -> quotes.markSent(draft.getId(), draft.getVersion()));
        Quote sentAgain = as("salesA1", () -> quotes.markSent(sent.getId(), sent.getVersion()));
        Quote accepted = as("salesA1", () -> quotes.markAccepted(sent.getId(), sent.getVersion()));
        InvalidDetailException alreadyAccepted = as("salesA1", () -> assertThrows(InvalidDetailException.class,
                () -> quotes.markSent(accepted.getId(), accepted.getVersion())));

        assertEquals(List.of(DetailProblem.of(QuoteError.NO_LINES)), noLines.getProblems());
        assertEquals(List.of(DetailProblem.of(QuoteError.NOT_SENT)), notSent.getProblems());
        assertEquals(List.of(DetailProblem.of(QuoteError.ALREADY_ACCEPTED)), alreadyAccepted.getProblems());
        assertEquals(QuoteStatus.SENT, sent.getStatus());
        assertEquals(sent.getVersion(), sentAgain.getVersion(), "marking a sent quote sent changes nothing");
        assertEquals(QuoteStatus.ACCEPTED, accepted.getStatus());
        assertEquals(QuoteStatus.DRAFT, as("salesA1", () -> quotes.get(empty.getId()).getStatus()));
        List<String> statusChanges = as("salesA1", () -> quotes.history(draft.getId())).stream()
                .filter(entry -> "status".equals(entry.getFieldName()) && entry.getAction() == ChangeAction.UPDATE)
                .map(entry -> entry.getOldValue() + ">" + entry.getNewValue())
                .toList();
        assertEquals(List.of("SENT>ACCEPTED", "DRAFT>SENT"), statusChanges);
    }

    @Test
    @DisplayName("Accepting a quote makes the deal's accepted quote sent again")
    void oneAcceptedQuotePerDeal() throws Exception {
        long deal = freshDeal("accepted");
        long otherDeal = freshDeal("accepted-other");
        long first = sentQuote(deal);
        long second = sentQuote(deal);
        long elsewhere = sentQuote(otherDeal);
        as("salesA1", () -> quotes.markAccepted(first, version(first)));
        as("salesA1", () -> quotes.markAccepted(elsewhere, version(elsewhere)));

        as("managerA", () -> quotes.markAccepted(second, version(second)));

        assertEquals(QuoteStatus.SENT, status(first));
        assertEquals(QuoteStatus.ACCEPTED, status(second));
        assertEquals(QuoteStatus.ACCEPTED, status(elsewhere), "another deal's quote stays accepted");
        ChangeEntry demoted = as("salesA1", () -> quotes.history(first)).stream()
                .filter(entry -> "status".equals(entry.getFieldName())).findFirst().orElseThrow();
        assertEquals("ACCEPTED", demoted.getOldValue());
        assertEquals("SENT", demoted.getNewValue());
        assertEquals(team.login("managerA"), demoted.getChangedBy());
    }

    @Test
    @DisplayName("Deleting moves the quote with its lines to the bin, and a Boss restores both")
    void deleteAndRestore() throws Exception {
        long deal = freshDeal("delete");
        Quote quote = as("salesA1", () -> quotes.create(deal, form(null, line("Server", "1", "10.00", null),
                line("Rack", "1", "5.00", null))));

        as("salesA1", () -> quotes.delete(quote.getId(), quote.getVersion()));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> quotes.get(quote.getId())));
        assertEquals(0L, (long) as("salesA1", () -> quotes.count(deal)));
        assertTrue(as("salesA1", () -> quotes.findPage(deal, 0, 10)).isEmpty());
        DeletedRecord entry = binEntry(BinRecordType.QUOTE, quote.getId());
        assertEquals(quote.getQuoteNumber(), entry.getLabel());
        assertEquals(2, lineRows(deal), "the lines stay with their quote's row");

        as("boss", () -> bin.restore(entry.getId()));

        Quote restored = as("salesA1", () -> quotes.get(quote.getId()));
        assertEquals(List.of("Server", "Rack"), restored.getLines().stream().map(QuoteLine::getProduct).toList());
        assertEquals(new BigDecimal("15.00"), restored.getTotal());
    }

    @Test
    @DisplayName("Accepting a quote waits for the lock on the deal's row")
    void acceptanceWaitsForDealLock() throws Exception {
        long deal = freshDeal("accept-lock");
        long quote = sentQuote(deal);
        int version = version(quote);

        Future<Quote> accepting;
        try (Connection lock = lockDealRow(deal)) {
            accepting = inBackground("salesA1", () -> quotes.markAccepted(quote, version));
            assertThrows(TimeoutException.class, () -> accepting.get(LOCK_WAIT_SECONDS, TimeUnit.SECONDS),
                    "the acceptance finished while another transaction held the deal's row");
            release(lock);
        }

        assertEquals(QuoteStatus.ACCEPTED, accepting.get(30, TimeUnit.SECONDS).getStatus());
    }

    @Test
    @DisplayName("Numbering a new quote waits for the lock on the deal's row")
    void numberingWaitsForDealLock() throws Exception {
        long deal = freshDeal("number-lock");
        as("salesA1", () -> quotes.create(deal, form(null)));

        Future<Quote> creating;
        try (Connection lock = lockDealRow(deal)) {
            creating = inBackground("salesA1", () -> quotes.create(deal, form(null)));
            assertThrows(TimeoutException.class, () -> creating.get(LOCK_WAIT_SECONDS, TimeUnit.SECONDS),
                    "the quote was numbered while another transaction held the deal's row");
            release(lock);
        }

        assertEquals("Q-" + deal + "-2", creating.get(30, TimeUnit.SECONDS).getQuoteNumber());
    }

    /**
     * Opens a transaction of the test's own that holds a shared lock on the deal's row until
     * {@link #release} ends it. A shared lock blocks the service's exclusive lock of the row,
     * but not the shared lock that inserting a quote takes for its foreign key, so only a
     * call that locks the deal's row waits.
     */
    private Connection lockDealRow(long deal) throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM opportunity WHERE id = ? LOCK IN SHARE MODE")) {
            select.setLong(1, deal);
            select.executeQuery().close();
        }
        return connection;
    }

    private static void release(Connection lock) throws Exception {
        lock.rollback();
        lock.setAutoCommit(true);
    }

    /** Runs the work as the role in a thread of the server's executor, so it can wait for a lock. */
    private <T> Future<T> inBackground(String role, Callable<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(team.login(role), new PasswordGuessEvidence(team.password(role).toCharArray()));
        return executor.submit(() -> identity.runAs(work));
    }

    private long freshDeal(String name) throws Exception {
        int number = ++sequence;
        long customerId = team.addCustomer(dataSource, "salesA1", team.prefix + "-" + number,
                "报价客户 " + team.prefix + " " + name);
        return TestDeals.create(team, "salesA1", opportunities, customerId, "Deal " + name);
    }

    private long sentQuote(long deal) throws Exception {
        Quote quote = as("salesA1", () -> quotes.create(deal, form(null, line("Server", "1", "10.00", null))));
        return as("salesA1", () -> quotes.markSent(quote.getId(), quote.getVersion()).getId());
    }

    private int version(long quoteId) throws Exception {
        return as("salesA1", () -> quotes.get(quoteId).getVersion());
    }

    private QuoteStatus status(long quoteId) throws Exception {
        return as("salesA1", () -> quotes.get(quoteId).getStatus());
    }

    /** Counts the line rows of the deal's quotes in the database, those of quotes in the bin included. */
    private int lineRows(long deal) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM opportunity_quote_line l "
                     + "JOIN opportunity_quote q ON q.id = l.quote_id WHERE q.opportunity_id = ?")) {
            select.setLong(1, deal);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static QuoteForm form(String number, LineItemForm... lines) {
        QuoteForm form = new QuoteForm();
        form.setQuoteNumber(number);
        form.setQuoteDate(DATE);
        form.setCurrency("CNY");
        form.setLines(List.of(lines));
        return form;
    }

    private static LineItemForm line(String product, String quantity, String unitPrice, String discount) {
        return new LineItemForm(product, new BigDecimal(quantity), new BigDecimal(unitPrice),
                discount == null ? null : new BigDecimal(discount));
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
