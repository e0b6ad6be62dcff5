package org.xtoolscrm.web.opportunity.detail;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.money.LinePreview;
import org.xtoolscrm.opportunity.detail.DetailProblem;
import org.xtoolscrm.opportunity.detail.InvalidDetailException;
import org.xtoolscrm.opportunity.detail.Quote;
import org.xtoolscrm.opportunity.detail.QuoteForm;
import org.xtoolscrm.opportunity.detail.QuoteLine;
import org.xtoolscrm.opportunity.detail.QuoteRow;
import org.xtoolscrm.opportunity.detail.QuoteRules;
import org.xtoolscrm.opportunity.detail.QuoteService;
import org.xtoolscrm.opportunity.detail.QuoteStatus;
import org.xtoolscrm.opportunity.detail.StaleDetailException;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.opportunity.OpportunityView;

/**
 * Backs opportunity/tab/quotes.xhtml: the deal's quotes, the dialog that adds and edits a
 * quote with its lines and shows the totals while the user types, and the status
 * changes. A quote that someone else saved in the meantime is never overwritten: the
 * dialog shows a message and the latest version.
 */
@Named
@ViewScoped
public class QuoteTabView implements Serializable {

    /** The client id of the dialog's form, whose field ids are the field names of the problems. */
    static final String FORM_ID = "tabs:quote-form";

    /** The id of the table of lines inside the dialog's form, whose row fields are named as in a line. */
    static final String LINES_ID = "lines";

    @Inject
    private OpportunityView view;

    @Inject
    private Formats formats;

    @EJB
    private QuoteService quotes;

    private DetailLazyModel<QuoteRow> model;

    /** The quote in the dialog, or null for a new one. */
    private Long quoteId;
    private int quoteVersion;
    private QuoteStatus status = QuoteStatus.DRAFT;
    private QuoteForm form = new QuoteForm();
    /** The number a new quote gets when its number is left empty, as a hint. */
    private String suggestedNumber;
    private String historyNumber;
    private List<ChangeEntry> history = List.of();

    public DetailLazyModel<QuoteRow> getQuotes() {
        if (model == null) {
            long dealId = view.getOpportunityId();
            QuoteService service = quotes;
            model = new DetailLazyModel<>(dealId, () -> service.count(dealId),
                    (first, size) -> service.findPage(dealId, first, size));
        }
        return model;
    }

    /** Opens an empty draft dated today, in the deal's currency, with one empty line. */
    public void startNew() {
        quoteId = null;
        quoteVersion = 0;
        status = QuoteStatus.DRAFT;
        form = new QuoteForm();
        form.setQuoteDate(getToday());
        form.setCurrency(view.getOpportunity().getCurrency());
        form.addLine();
        try {
            suggestedNumber = quotes.suggestNumber(view.getOpportunityId());
        } catch (RecordNotFoundException e) {
            suggestedNumber = "";
        }
    }

    public void startEdit(long id) {
        try {
            fill(quotes.get(id));
        } catch (RecordNotFoundException e) {
            Texts.error("quote.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void addLine() {
        form.addLine();
    }

    public void removeLine(int index) {
        form.removeLine(index);
    }

    /**
     * Checks every field and line on the page first, so all invalid fields show at once,
     * then saves through the service. The dialog stays open when a field is rejected or
     * the quote was stale.
     */
    public void save() {
        List<DetailProblem> problems = QuoteRules.problems(form, quoteId != null);
        if (!problems.isEmpty()) {
            DetailMessages.show(problems, FORM_ID, LINES_ID);
            return;
        }
        try {
            if (quoteId == null) {
                Quote created = quotes.create(view.getOpportunityId(), form);
                Texts.info("quote.message.added", created.getQuoteNumber());
            } else {
                Quote saved = quotes.update(quoteId, quoteVersion, form);
                Texts.info("quote.message.saved", saved.getQuoteNumber());
            }
            startNew();
        } catch (InvalidDetailException e) {
            DetailMessages.show(e.getProblems(), FORM_ID, LINES_ID);
        } catch (StaleDetailException e) {
            Texts.error("quote.message.stale");
            reloadStale();
        } catch (RecordNotFoundException e) {
            Texts.error("quote.message.notFound");
            startNew();
        }
    }

    public void markSent(QuoteRow row) {
        try {
            quotes.markSent(row.getId(), row.getVersion());
            Texts.info("quote.message.sent", row.getQuoteNumber());
        } catch (InvalidDetailException e) {
            DetailMessages.show(e.getProblems(), FORM_ID, null);
        } catch (StaleDetailException e) {
            Texts.error("quote.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("quote.message.notFound");
        }
    }

    public void markAccepted(QuoteRow row) {
        try {
            quotes.markAccepted(row.getId(), row.getVersion());
            Texts.info("quote.message.accepted", row.getQuoteNumber());
        } catch (InvalidDetailException e) {
            DetailMessages.show(e.getProblems(), FORM_ID, null);
        } catch (StaleDetailException e) {
            Texts.error("quote.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("quote.message.notFound");
        }
    }

    public void delete(QuoteRow row) {
        try {
            quotes.delete(row.getId(), row.getVersion());
            Texts.info("quote.message.deleted", row.getQuoteNumber());
        } catch (StaleDetailException e) {
            Texts.error("quote.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("quote.message.notFound");
        }
    }

    public void showHistory(QuoteRow row) {
        try {
            history = quotes.history(row.getId());
            historyNumber = row.getQuoteNumber();
        } catch (RecordNotFoundException e) {
            Texts.error("quote.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Returns the line's total as the dialog shows it, or an empty text while it cannot be computed. */
    public String lineTotal(LineItemForm line) {
        BigDecimal total = LinePreview.lineTotal(line, form.getCurrency());
        return total == null ? "" : formats.money(total);
    }

    /** Returns the quote's total of the lines that have a total, as the dialog shows it. */
    public String getTotal() {
        return formats.money(LinePreview.total(form.getLines(), form.getCurrency()));
    }

    /** Returns whether some line that is not blank has no total yet, so the shown total leaves it out. */
    public boolean isLinesIncomplete() {
        return LinePreview.anyIncomplete(form.getLines());
    }

    private void reloadStale() {
        try {
            fill(quotes.get(quoteId));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RecordNotFoundException gone) {
            Texts.error("quote.message.notFound");
            startNew();
        }
    }

    private void fill(Quote quote) {
        quoteId = quote.getId();
        quoteVersion = quote.getVersion();
        status = quote.getStatus();
        form = QuoteForm.of(quote);
        suggestedNumber = null;
    }

    /** Returns whether the dialog edits an existing quote rather than adding one. */
    public boolean isEditing() {
        return quoteId != null;
    }

    /** Returns the status of the quote in the dialog, which is DRAFT for a new one. */
    public QuoteStatus getStatus() {
        return status;
    }

    public QuoteForm getForm() {
        return form;
    }

    public String getSuggestedNumber() {
        return suggestedNumber;
    }

    public List<ChangeEntry> getHistory() {
        return history;
    }

    /** Returns the number of the quote whose history the history dialog shows. */
    public String getHistoryNumber() {
        return historyNumber;
    }

    /** Returns today in the company's time zone, the date a new quote gets. */
    public LocalDate getToday() {
        return LocalDate.now(formats.zone());
    }

    public LocalDate getMinDate() {
        return QuoteRules.MIN_DATE;
    }

    public int getNumberMax() {
        return Quote.NUMBER_MAX;
    }

    public int getNotesMax() {
        return Quote.NOTES_MAX;
    }

    public int getProductMax() {
        return QuoteLine.PRODUCT_MAX;
    }
}
