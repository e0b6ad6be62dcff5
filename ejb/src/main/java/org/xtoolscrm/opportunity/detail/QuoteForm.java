package org.xtoolscrm.opportunity.detail;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.money.Money;

/**
 * The fields a user enters to add or edit a quote, with its lines. {@link QuoteRules}
 * checks them; the service checks that the number is free. Lines whose fields are all
 * empty are ignored.
 */
public class QuoteForm implements Serializable {

    /** The number, or blank on create for the next generated number. */
    private String quoteNumber;
    private LocalDate quoteDate;
    private LocalDate validUntil;
    /** An ISO 4217 code; blank means CNY. */
    private String currency = Money.DEFAULT_CURRENCY;
    private String notes;
    private List<LineItemForm> lines = new ArrayList<>();

    /** Copies the editable fields and the lines of a quote, for an edit dialog. */
    public static QuoteForm of(Quote quote) {
        QuoteForm form = new QuoteForm();
        form.quoteNumber = quote.getQuoteNumber();
        form.quoteDate = quote.getQuoteDate();
        form.validUntil = quote.getValidUntil();
        form.currency = quote.getCurrency();
        form.notes = quote.getNotes();
        for (QuoteLine line : quote.getLines()) {
            form.lines.add(LineItemForm.of(line.getProduct(), line.getQuantity(), line.getUnitPrice(),
                    line.getDiscountPercent(), quote.getCurrency()));
        }
        return form;
    }

    /** Appends an empty line. */
    public void addLine() {
        lines.add(new LineItemForm());
    }

    /** Removes the line at the index, from 0; an index outside the lines changes nothing. */
    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public String getQuoteNumber() {
        return quoteNumber;
    }

    public void setQuoteNumber(String quoteNumber) {
        this.quoteNumber = quoteNumber;
    }

    public LocalDate getQuoteDate() {
        return quoteDate;
    }

    public void setQuoteDate(LocalDate quoteDate) {
        this.quoteDate = quoteDate;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** Returns the lines, which a page edits in place. */
    public List<LineItemForm> getLines() {
        return lines;
    }

    public void setLines(List<LineItemForm> lines) {
        this.lines = new ArrayList<>(lines);
    }
}
