package org.xtoolscrm.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xtoolscrm.it.contract.ContractLineFixtures.contract;
import static org.xtoolscrm.it.contract.ContractLineFixtures.line;
import static org.xtoolscrm.it.contract.ContractLineFixtures.lines;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
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
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.contract.Contract;
import org.xtoolscrm.contract.ContractError;
import org.xtoolscrm.contract.ContractForm;
import org.xtoolscrm.contract.ContractLineRow;
import org.xtoolscrm.contract.ContractLines;
import org.xtoolscrm.contract.ContractLinesService;
import org.xtoolscrm.contract.ContractProblem;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestDeals;
import org.xtoolscrm.it.support.TestDetailForms;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.detail.Quote;
import org.xtoolscrm.opportunity.detail.QuoteForm;
import org.xtoolscrm.opportunity.detail.QuoteService;

/**
 * Line items of contracts on the real server and database: the amount follows the lines'
 * total, line problems name the line, stale saves are rejected, and a contract drafted from
 * a deal starts with the accepted quote's lines.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Contract line items")
class ContractLineServiceTest {

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return ContractLineFixtures.deployment(ContractLineServiceTest.class);
    }

    @EJB
    private ContractService contracts;

    @EJB
    private ContractLinesService contractLines;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private QuoteService quotes;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("cl" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Saving lines sets the amount to their total")
    void linesTotalBecomesAmount() throws Exception {
        Contract created = freshContract("total");

        ContractLines saved = asOwner(() -> contractLines.saveLines(created.getId(), created.getVersion(), lines(
                line("Server", "3", "19.99", null), new LineItemForm(), line("Installation", "2.5", "100", "10"),
                line("Cable", "1.333", "7.5", "12.5"))));
        ContractLines reloaded = asOwner(() -> contractLines.lines(created.getId()));

        // 59.97 + 225.00 + 8.7478125 = 293.7178125, rounded once to 293.72
        assertEquals(new BigDecimal("293.72"), reloaded.amount());
        assertEquals(List.of(new BigDecimal("59.97"), new BigDecimal("225.00"), new BigDecimal("8.75")),
                reloaded.rows().stream().map(ContractLineRow::lineTotal).toList());
        assertEquals(List.of("Server", "Installation", "Cable"),
                reloaded.rows().stream().map(ContractLineRow::product).toList());
        assertTrue(saved.contractVersion() > created.getVersion(), "saving lines raises the contract's version");
    }

    @Test
    @DisplayName("Replacing lines updates them; removing all keeps the amount")
    void replaceAndRemoveLines() throws Exception {
        Contract created = freshContract("replace");
        ContractLines first = asOwner(() -> contractLines.saveLines(created.getId(), created.getVersion(),
                lines(line("Server", "2", "100", null), line("Rack", "1", "50", null))));

        ContractLines second = asOwner(() -> contractLines.saveLines(created.getId(), first.contractVersion(),
                lines(line("Server", "4", "100", null))));
        ContractLines third = asOwner(() -> contractLines.saveLines(created.getId(), second.contractVersion(),
                List.of()));
        ContractLines reloaded = asOwner(() -> contractLines.lines(created.getId()));

        assertEquals(new BigDecimal("250.00"), first.amount());
        assertEquals(new BigDecimal("400.00"), second.amount());
        assertEquals(0, reloaded.rows().size());
        assertEquals(new BigDecimal("400.00"), reloaded.amount(), "without lines the last amount stays");
        assertTrue(third.contractVersion() > second.contractVersion());
    }

    @Test
    @DisplayName("A line's problem names its number and field, and nothing is saved")
    void lineValidation() throws Exception {
        Contract created = freshContract("validation");

        InvalidContractException e = asOwner(() -> assertThrows(InvalidContractException.class,
                () -> contractLines.saveLines(created.getId(), created.getVersion(), lines(
                        line("Server", "1", "100", null), new LineItemForm(), line(" ", "0", "1.234", "101")))));
        ContractLines reloaded = asOwner(() -> contractLines.lines(created.getId()));

        assertEquals(List.of(
                ContractProblem.of(ContractError.LINE_PRODUCT_MISSING, 3),
                ContractProblem.of(ContractError.LINE_QUANTITY_NOT_POSITIVE, 3),
                ContractProblem.of(ContractError.LINE_UNIT_PRICE_TOO_PRECISE, 3, "CNY", 2),
                ContractProblem.of(ContractError.LINE_DISCOUNT_OUT_OF_RANGE, 3, 0, 100)), e.getProblems());
        assertEquals(List.of("product", "quantity", "unitPrice", "discountPercent"),
                e.getProblems().stream().map(ContractProblem::field).toList());
        assertEquals(0, reloaded.rows().size());
        assertEquals(new BigDecimal("10000.00"), reloaded.amount());
    }

    @Test
    @DisplayName("Lines that add up to zero are rejected")
    void zeroTotal() throws Exception {
        Contract created = freshContract("zero");

        InvalidContractException e = asOwner(() -> assertThrows(InvalidContractException.class,
                () -> contractLines.saveLines(created.getId(), created.getVersion(),
                        lines(line("Gift", "1", "0", null)))));

        assertEquals(List.of(ContractProblem.of(ContractError.LINES_TOTAL_NOT_POSITIVE)), e.getProblems());
    }

    @Test
    @DisplayName("Lines saved over an older version are rejected")
    void staleLines() throws Exception {
        Contract created = freshContract("stale");
        asOwner(() -> contractLines.saveLines(created.getId(), created.getVersion(),
                lines(line("Server", "1", "100", null))));

        asOwner(() -> assertThrows(StaleContractException.class,
                () -> contractLines.saveLines(created.getId(), created.getVersion(),
                        lines(line("Rack", "1", "999", null)))));
        ContractLines reloaded = asOwner(() -> contractLines.lines(created.getId()));

        assertEquals(List.of("Server"), reloaded.rows().stream().map(ContractLineRow::product).toList());
        assertEquals(new BigDecimal("100.00"), reloaded.amount());
    }

    @Test
    @DisplayName("Editing a contract with lines keeps their total and its currency")
    void editKeepsLinesTotal() throws Exception {
        Contract created = freshContract("edit");
        ContractLines withLines = asOwner(() -> contractLines.saveLines(created.getId(), created.getVersion(),
                lines(line("Server", "2", "150", null))));
        ContractForm edit = asOwner(() -> ContractForm.of(contracts.get(created.getId())));
        edit.setTitle("Edited title");
        edit.setAmount(new BigDecimal("1.00"));

        Contract edited = asOwner(() -> contracts.update(created.getId(), withLines.contractVersion(), edit));
        ContractForm inYen = asOwner(() -> ContractForm.of(contracts.get(created.getId())));
        inYen.setCurrency("JPY");
        InvalidContractException e = asOwner(() -> assertThrows(InvalidContractException.class,
                () -> contracts.update(created.getId(), edited.getVersion(), inYen)));

        assertTrue(edit.isAmountFromLines());
        assertEquals("Edited title", edited.getTitle());
        assertEquals(new BigDecimal("300.00"), edited.getAmount(), "the typed amount is ignored");
        assertEquals(List.of(ContractProblem.of(ContractError.LINES_LOCK_CURRENCY, "CNY")), e.getProblems());
    }

    @Test
    @DisplayName("A contract drafted from a deal starts with its accepted quote's lines")
    void draftFromAcceptedQuote() throws Exception {
        long customer = newCustomer("quote");
        long deal = TestDeals.create(team, "salesA1", opportunities, customer, "Deal with a quote");
        QuoteForm quoteForm = TestDetailForms.quote("accepted", "Licence", "3", "333");
        quoteForm.setCurrency("JPY");
        quoteForm.getLines().add(line("Support", "1", "5", "50"));
        Quote quote = asOwner(() -> quotes.create(deal, quoteForm));
        Quote sent = asOwner(() -> quotes.markSent(quote.getId(), quote.getVersion()));
        asOwner(() -> quotes.markAccepted(sent.getId(), sent.getVersion()));

        ContractForm draft = asOwner(() -> contracts.draftFromDeal(deal));
        Contract created = asOwner(() -> contracts.create(draft));
        ContractLines reloaded = asOwner(() -> contractLines.lines(created.getId()));

        assertEquals("JPY", draft.getCurrency());
        assertEquals(2, draft.getLines().size());
        // 999 + 2.5 = 1001.5, rounded half-even to the whole yen 1002
        assertEquals(0, new BigDecimal("1002").compareTo(draft.getAmount()));
        assertEquals(new BigDecimal("1002.00"), reloaded.amount());
        assertEquals(List.of("Licence", "Support"), reloaded.rows().stream().map(ContractLineRow::product).toList());
    }

    @Test
    @DisplayName("A deal without an accepted quote drafts a contract without lines")
    void draftWithoutQuote() throws Exception {
        long customer = newCustomer("no quote");
        long deal = TestDeals.create(team, "salesA1", opportunities, customer, "Deal without quote");
        asOwner(() -> quotes.create(deal, TestDetailForms.quote("draft only", "Licence", "1", "10")));

        ContractForm draft = asOwner(() -> contracts.draftFromDeal(deal));

        assertEquals(List.of(), draft.getLines());
        assertEquals(new BigDecimal("100000.00"), draft.getAmount(), "the deal's amount");
    }

    @Test
    @DisplayName("The change log records the lines of a save")
    void changeLog() throws Exception {
        Contract created = freshContract("history");
        asOwner(() -> contractLines.saveLines(created.getId(), created.getVersion(),
                lines(line("Server", "2", "100", "5"))));

        List<ChangeEntry> history = asOwner(() -> contracts.history(created.getId()));

        ChangeEntry linesEntry = history.stream().filter(entry -> "lines".equals(entry.getFieldName()))
                .findFirst().orElseThrow();
        assertEquals("1. Server x 2 @ 100.00 -5.00% = 190.00", linesEntry.getNewValue());
        assertTrue(history.stream().anyMatch(entry -> "amount".equals(entry.getFieldName())
                && "190.00".equals(entry.getNewValue())), "amount change logged");
    }

    private Contract freshContract(String title) throws Exception {
        long customer = newCustomer(title);
        return asOwner(() -> contracts.create(contract(customer, "Lines " + title)));
    }

    private long newCustomer(String name) throws Exception {
        int number = ++sequence;
        return team.addCustomer(dataSource, "salesA1", team.prefix + "-c" + number,
                "Contract lines " + team.prefix + " " + number + " " + name);
    }

    private static <T> T asOwner(Callable<T> work) throws Exception {
        return Identities.as(team.login("salesA1"), team.password("salesA1"), work);
    }
}
