package org.xtoolscrm.web.contract;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.ContractProblem;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.ContractRules;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.Invoice;
import org.xtoolscrm.contract.InvoiceForm;
import org.xtoolscrm.contract.InvoicePayment;
import org.xtoolscrm.contract.InvoiceRow;
import org.xtoolscrm.contract.InvoiceRules;
import org.xtoolscrm.contract.InvoiceService;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.money.Money;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;

/**
 * Backs contract/tab/invoices.xhtml: the contract's invoices with the payments each covers,
 * the dialog that adds and edits an invoice, and an invoice's history. A save whose payments
 * add up to another amount than the invoice's is kept, with a warning. An invoice that
 * someone else saved in the meantime is never overwritten.
 */
@Named
@ViewScoped
public class InvoiceTabView implements Serializable {

    private static final Logger LOG = Logger.getLogger(InvoiceTabView.class.getName());

    /** The id of the dialog's form, whose field ids are the field names of the problems. */
    static final String FORM_ID = "invoice-form";

    @EJB
    private InvoiceService invoices;

    @EJB
    private ContractService contracts;

    @EJB
    private DictionaryService dictionary;

    @Inject
    private Formats formats;

    private Long contractId;
    /** The contract's currency, read once per view. */
    private String currency;
    private List<InvoiceRow> rows;
    private List<InvoicePayment> payments = List.of();

    /** The invoice in the dialog, or null for a new one. */
    private Long invoiceId;
    private int invoiceVersion;
    /** The type of the invoice in the dialog as stored, offered even when its option is disabled. */
    private String storedType;
    private InvoiceForm form = new InvoiceForm();
    private String historyNumber;
    private List<ChangeEntry> history = List.of();

    @PostConstruct
    void init() {
        contractId = ContractTabContext.contractId(FacesContext.getCurrentInstance());
    }

    /** Returns the contract's invoices, the latest first, read once per view and after each change. */
    public List<InvoiceRow> getRows() {
        if (rows == null) {
            rows = read();
        }
        return rows;
    }

    /** Opens an empty invoice dated today. */
    public void startNew() {
        invoiceId = null;
        invoiceVersion = 0;
        storedType = null;
        form = new InvoiceForm();
        form.setInvoiceDate(getToday());
        payments = readPayments();
    }

    public void startEdit(InvoiceRow row) {
        try {
            fill(invoices.get(row.id()));
        } catch (RecordNotFoundException e) {
            Texts.error("invoice.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
            rows = null;
        }
    }

    /**
     * Checks every field on the page first, so all invalid fields show at once, then saves
     * through the service. The dialog stays open when a field is rejected or the invoice
     * was stale.
     */
    public void save() {
        List<ContractProblem> problems = InvoiceRules.problems(form, getCurrency(), getToday(), typeCodes());
        if (!problems.isEmpty()) {
            ContractTabContext.show(problems, FORM_ID);
            return;
        }
        try {
            Invoice saved = invoiceId == null ? invoices.create(contractId, form)
                    : invoices.update(invoiceId, invoiceVersion, form);
            Texts.info(invoiceId == null ? "invoice.message.added" : "invoice.message.saved", saved.getNumber());
            warnIfPaymentsDiffer(saved);
            rows = null;
            startNew();
        } catch (InvalidContractException e) {
            ContractTabContext.show(e.getProblems(), FORM_ID);
        } catch (StaleContractException e) {
            Texts.error("invoice.message.stale");
            reloadStale();
        } catch (RecordNotFoundException e) {
            Texts.error("invoice.message.notFound");
            rows = null;
            startNew();
        }
    }

    public void delete(InvoiceRow row) {
        try {
            invoices.delete(row.id(), row.version());
            Texts.info("invoice.message.deleted", row.number());
        } catch (StaleContractException e) {
            Texts.error("invoice.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("invoice.message.notFound");
        }
        rows = null;
    }

    public void showHistory(InvoiceRow row) {
        try {
            history = invoices.history(row.id());
            historyNumber = row.number();
        } catch (RecordNotFoundException e) {
            Texts.error("invoice.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Returns the invoice types to choose from, labelled in the page's language. */
    public List<SelectItem> getTypes() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<SelectItem> items = new ArrayList<>();
        boolean storedOffered = storedType == null;
        for (DictionaryOption option : dictionary.options(DictionaryList.INVOICE_TYPE, true)) {
            boolean stored = option.getCode().equals(storedType);
            if (option.isEnabled() || stored) {
                items.add(new SelectItem(option.getCode(), option.label(locale)));
                storedOffered |= stored;
            }
        }
        if (!storedOffered) {
            items.add(new SelectItem(storedType, storedType));
        }
        return items;
    }

    /** Returns whether a payment may be chosen in the dialog: no other live invoice covers it. */
    public boolean isAvailable(InvoicePayment payment) {
        return payment.availableFor(invoiceId);
    }

    /** Returns the payments chosen in the dialog and their sum, as a hint under the list. */
    public String getChosenSummary() {
        List<BigDecimal> amounts = chosenAmounts();
        return Texts.get("invoice.label.paymentsTotal", amounts.size(), formats.money(InvoiceRules.sum(amounts)));
    }

    private void warnIfPaymentsDiffer(Invoice saved) {
        List<BigDecimal> amounts = chosenAmounts();
        if (InvoiceRules.paymentsDiffer(saved.getAmount(), amounts)) {
            Texts.warn("invoice.message.paymentsDiffer", saved.getNumber(), formats.money(InvoiceRules.sum(amounts)),
                    formats.money(saved.getAmount()));
        }
    }

    private List<BigDecimal> chosenAmounts() {
        return payments.stream()
                .filter(payment -> form.getPaymentIds().contains(payment.id()))
                .map(InvoicePayment::amount)
                .toList();
    }

    private Set<String> typeCodes() {
        Set<String> codes = new HashSet<>();
        dictionary.options(DictionaryList.INVOICE_TYPE, false).forEach(option -> codes.add(option.getCode()));
        if (storedType != null) {
            codes.add(storedType);
        }
        return codes;
    }

    private void reloadStale() {
        try {
            fill(invoices.get(invoiceId));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RecordNotFoundException gone) {
            Texts.error("invoice.message.notFound");
            rows = null;
            startNew();
        }
    }

    private void fill(Invoice invoice) {
        invoiceId = invoice.getId();
        invoiceVersion = invoice.getVersion();
        storedType = invoice.getType();
        form = new InvoiceForm(invoice.getNumber(), invoice.getInvoiceDate(), invoice.getType(), invoice.getAmount());
        form.setNote(invoice.getNote());
        form.setPaymentIds(invoices.paymentIds(invoice.getId()));
        payments = readPayments();
    }

    private List<InvoiceRow> read() {
        if (contractId == null) {
            return List.of();
        }
        try {
            return invoices.list(contractId);
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Contract " + contractId + " is not visible; its invoices tab is empty");
            return List.of();
        }
    }

    private List<InvoicePayment> readPayments() {
        if (contractId == null) {
            return List.of();
        }
        try {
            return invoices.payments(contractId);
        } catch (RecordNotFoundException e) {
            return List.of();
        }
    }

    /** Returns whether the dialog edits an existing invoice rather than adding one. */
    public boolean isEditing() {
        return invoiceId != null;
    }

    public InvoiceForm getForm() {
        return form;
    }

    /** Returns the contract's payments that the dialog offers, the latest first. */
    public List<InvoicePayment> getPayments() {
        return payments;
    }

    /** Returns the contract's currency, in which the amount is entered, or CNY while the contract is not visible. */
    public String getCurrency() {
        if (currency == null) {
            try {
                currency = contractId == null ? Money.DEFAULT_CURRENCY : contracts.get(contractId).getCurrency();
            } catch (RecordNotFoundException e) {
                return Money.DEFAULT_CURRENCY;
            }
        }
        return currency;
    }

    public List<ChangeEntry> getHistory() {
        return history;
    }

    public String getHistoryNumber() {
        return historyNumber;
    }

    /** Returns today in the company's time zone, the latest invoice date accepted. */
    public LocalDate getToday() {
        return CompanyCalendar.current().today();
    }

    public LocalDate getMinDate() {
        return ContractRules.MIN_DATE;
    }

    public int getNumberMax() {
        return Invoice.NUMBER_MAX;
    }

    public int getNoteMax() {
        return Invoice.NOTE_MAX;
    }
}
