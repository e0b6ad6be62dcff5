package org.xtoolscrm.it.contract;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xtoolscrm.it.contract.ContractLineFixtures.contract;
import static org.xtoolscrm.it.contract.ContractLineFixtures.payment;

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
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.contract.Contract;
import org.xtoolscrm.contract.ContractError;
import org.xtoolscrm.contract.ContractProblem;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.Invoice;
import org.xtoolscrm.contract.InvoiceForm;
import org.xtoolscrm.contract.InvoicePayment;
import org.xtoolscrm.contract.InvoiceRow;
import org.xtoolscrm.contract.InvoiceService;
import org.xtoolscrm.contract.PaymentRecord;
import org.xtoolscrm.contract.PaymentService;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * Invoices on the real server and database: covering payments marks them invoiced, a
 * payment is on one invoice at most, numbers are unique in the company, stale edits are
 * rejected, and deleting moves an invoice to the recycle bin.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Invoices of a contract")
class InvoiceServiceTest {

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return ContractLineFixtures.deployment(InvoiceServiceTest.class);
    }

    @EJB
    private InvoiceService invoices;

    @EJB
    private ContractService contracts;

    @EJB
    private PaymentService payments;

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
            team = TestTeam.create("iv" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Covering payments marks them invoiced and sums them")
    void coverMarksInvoiced() throws Exception {
        Contract contract = freshContract("cover");
        PaymentRecord first = asOwner(() -> payments.addPayment(contract.getId(), payment("4000.00")));
        PaymentRecord second = asOwner(() -> payments.addPayment(contract.getId(), payment("6000.00")));
        PaymentRecord other = asOwner(() -> payments.addPayment(contract.getId(), payment("500.00")));

        Invoice invoice = asOwner(() -> invoices.create(contract.getId(),
                form(number("cover"), "10000.00", first.getId(), second.getId())));
        InvoiceRow row = asOwner(() -> invoices.list(contract.getId())).get(0);

        assertTrue(asOwner(() -> payments.getPayment(first.getId()).isInvoiced()));
        assertTrue(asOwner(() -> payments.getPayment(second.getId()).isInvoiced()));
        assertFalse(asOwner(() -> payments.getPayment(other.getId()).isInvoiced()), "a payment not covered");
        assertEquals(invoice.getId(), row.id());
        assertEquals(new BigDecimal("10000.00"), row.paymentsTotal());
        assertFalse(row.paymentsDiffer());
        assertEquals(List.of(first.getId(), second.getId()), asOwner(() -> invoices.paymentIds(invoice.getId())));
    }

    @Test
    @DisplayName("A payment cannot be on two invoices")
    void paymentOnOneInvoice() throws Exception {
        Contract contract = freshContract("twice");
        PaymentRecord paid = asOwner(() -> payments.addPayment(contract.getId(), payment("1000.00")));
        String firstNumber = number("first");
        asOwner(() -> invoices.create(contract.getId(), form(firstNumber, "1000.00", paid.getId())));

        InvalidContractException e = asOwner(() -> assertThrows(InvalidContractException.class,
                () -> invoices.create(contract.getId(), form(number("second"), "1000.00", paid.getId()))));

        assertEquals(List.of(ContractProblem.of(ContractError.INVOICE_PAYMENT_ON_OTHER_INVOICE,
                CompanyCalendar.current().today().toString(), firstNumber)), e.getProblems());
        assertEquals(1, asOwner(() -> invoices.list(contract.getId())).size(), "the second invoice is not stored");
    }

    @Test
    @DisplayName("A payment of another contract cannot be covered")
    void paymentOfOtherContract() throws Exception {
        Contract contract = freshContract("own");
        Contract other = freshContract("other");
        PaymentRecord foreign = asOwner(() -> payments.addPayment(other.getId(), payment("100.00")));

        InvalidContractException e = asOwner(() -> assertThrows(InvalidContractException.class,
                () -> invoices.create(contract.getId(), form(number("foreign"), "100.00", foreign.getId()))));

        assertEquals(List.of(ContractProblem.of(ContractError.INVOICE_PAYMENT_NOT_OF_CONTRACT)), e.getProblems());
    }

    @Test
    @DisplayName("Uncovering a payment keeps its invoiced mark and frees it")
    void uncoverKeepsMark() throws Exception {
        Contract contract = freshContract("uncover");
        PaymentRecord paid = asOwner(() -> payments.addPayment(contract.getId(), payment("800.00")));
        Invoice invoice = asOwner(() -> invoices.create(contract.getId(), form(number("uncover"), "800.00",
                paid.getId())));

        Invoice edited = asOwner(() -> invoices.update(invoice.getId(), invoice.getVersion(),
                form(invoice.getNumber(), "800.00")));
        List<InvoicePayment> offered = asOwner(() -> invoices.payments(contract.getId()));
        asOwner(() -> invoices.create(contract.getId(), form(number("takes it"), "800.00", paid.getId())));

        assertTrue(edited.getVersion() > invoice.getVersion());
        assertTrue(asOwner(() -> payments.getPayment(paid.getId()).isInvoiced()), "the mark stays");
        assertEquals(1, offered.size());
        assertNull(offered.get(0).invoiceId(), "no invoice covers the payment any more");
        assertEquals(List.of(), asOwner(() -> invoices.paymentIds(invoice.getId())));
    }

    @Test
    @DisplayName("The sum of covered payments may differ from the amount")
    void paymentsDiffer() throws Exception {
        Contract contract = freshContract("differ");
        PaymentRecord paid = asOwner(() -> payments.addPayment(contract.getId(), payment("700.00")));

        asOwner(() -> invoices.create(contract.getId(), form(number("differ"), "1000.00", paid.getId())));
        InvoiceRow row = asOwner(() -> invoices.list(contract.getId())).get(0);

        assertTrue(row.paymentsDiffer());
        assertEquals(new BigDecimal("700.00"), row.paymentsTotal());
    }

    @Test
    @DisplayName("Invalid fields are each reported and nothing is stored")
    void validation() throws Exception {
        Contract contract = freshContract("validation");
        InvoiceForm form = new InvoiceForm("bad number!", CompanyCalendar.current().today().plusDays(1), "PAPER",
                new BigDecimal("-1"));

        InvalidContractException e = asOwner(() -> assertThrows(InvalidContractException.class,
                () -> invoices.create(contract.getId(), form)));

        assertEquals(List.of(ContractError.INVOICE_NUMBER_INVALID, ContractError.INVOICE_DATE_IN_FUTURE,
                        ContractError.INVOICE_TYPE_UNKNOWN, ContractError.INVOICE_AMOUNT_NOT_POSITIVE),
                e.getProblems().stream().map(ContractProblem::error).toList());
        assertEquals(List.of(), asOwner(() -> invoices.list(contract.getId())));
    }

    @Test
    @DisplayName("Numbers are unique in the company, whatever their case")
    void uniqueNumbers() throws Exception {
        Contract contract = freshContract("unique");
        Contract other = freshContract("unique other");
        String number = number("fp");
        Invoice first = asOwner(() -> invoices.create(contract.getId(), form(number.toLowerCase(), "10.00")));

        InvalidContractException e = asOwner(() -> assertThrows(InvalidContractException.class,
                () -> invoices.create(other.getId(), form(number, "10.00"))));

        assertEquals(number.toUpperCase(), first.getNumber());
        assertEquals(List.of(ContractProblem.of(ContractError.INVOICE_NUMBER_TAKEN, number.toUpperCase())),
                e.getProblems());
    }

    @Test
    @DisplayName("An edit over an older version is rejected")
    void staleEdit() throws Exception {
        Contract contract = freshContract("stale");
        Invoice invoice = asOwner(() -> invoices.create(contract.getId(), form(number("stale"), "100.00")));
        asOwner(() -> invoices.update(invoice.getId(), invoice.getVersion(), form(invoice.getNumber(), "200.00")));

        asOwner(() -> assertThrows(StaleContractException.class,
                () -> invoices.update(invoice.getId(), invoice.getVersion(), form(invoice.getNumber(), "300.00"))));
        asOwner(() -> assertThrows(StaleContractException.class,
                () -> invoices.delete(invoice.getId(), invoice.getVersion())));

        assertEquals(new BigDecimal("200.00"), asOwner(() -> invoices.get(invoice.getId()).getAmount()));
    }

    @Test
    @DisplayName("Deleting moves the invoice to the bin and frees its payments")
    void deleteToBin() throws Exception {
        Contract contract = freshContract("delete");
        PaymentRecord paid = asOwner(() -> payments.addPayment(contract.getId(), payment("300.00")));
        Invoice invoice = asOwner(() -> invoices.create(contract.getId(), form(number("delete"), "300.00",
                paid.getId())));

        asOwner(() -> invoices.delete(invoice.getId(), invoice.getVersion()));

        asOwner(() -> assertThrows(RecordNotFoundException.class, () -> invoices.get(invoice.getId())));
        assertEquals(List.of(), asOwner(() -> invoices.list(contract.getId())));
        assertNull(asOwner(() -> invoices.payments(contract.getId())).get(0).invoiceId());
        List<DeletedRecord> entries = asBoss(() -> bin.findPage(0, 50));
        assertTrue(entries.stream().anyMatch(entry -> entry.getRecordId() == invoice.getId()
                && "Invoice".equals(entry.getAuditType())), "bin entry of the invoice");
        List<ChangeEntry> history = asBoss(() -> {
            DeletedRecord entry = entries.stream().filter(d -> d.getRecordId() == invoice.getId()
                    && "Invoice".equals(d.getAuditType())).findFirst().orElseThrow();
            bin.restore(entry.getId());
            return invoices.history(invoice.getId());
        });
        assertEquals(List.of(paid.getId()), asOwner(() -> invoices.paymentIds(invoice.getId())),
                "a restored invoice covers its payment again");
        assertTrue(history.stream().anyMatch(entry -> "payments".equals(entry.getFieldName())));
    }

    @Test
    @DisplayName("An invoice type in use counts for the data dictionary")
    void invoiceTypeInUse() throws Exception {
        Contract contract = freshContract("type");
        asOwner(() -> invoices.create(contract.getId(), form(number("type"), "10.00")));

        boolean inUse = asBoss(() -> {
            DictionaryOption option = dictionary.options(DictionaryList.INVOICE_TYPE, true).stream()
                    .filter(o -> o.getCode().equals("VAT_NORMAL")).findFirst().orElseThrow();
            return dictionary.isInUse(option);
        });

        assertTrue(inUse);
    }

    private static InvoiceForm form(String number, String amount, Long... paymentIds) {
        InvoiceForm form = new InvoiceForm(number, CompanyCalendar.current().today(), "VAT_NORMAL", new BigDecimal(amount));
        form.setPaymentIds(List.of(paymentIds));
        return form;
    }

    private static String number(String label) {
        return (team.prefix + "-" + label.replace(' ', '-') + "-" + (++sequence)).toUpperCase();
    }

    private Contract freshContract(String title) throws Exception {
        int n = ++sequence;
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-c" + n,
                "Invoices " + team.prefix + " " + n + " " + title);
        return asOwner(() -> contracts.create(contract(customer, "Invoices " + title)));
    }

    private static <T> T asOwner(Callable<T> work) throws Exception {
        return Identities.as(team.login("salesA1"), team.password("salesA1"), work);
    }

    private static void asOwner(Runnable work) throws Exception {
        Identities.as(team.login("salesA1"), team.password("salesA1"), work);
    }

    private static <T> T asBoss(Callable<T> work) throws Exception {
        return Identities.as(team.login("boss"), team.password("boss"), work);
    }
}
