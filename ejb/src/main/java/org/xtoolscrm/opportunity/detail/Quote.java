package org.xtoolscrm.opportunity.detail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xtoolscrm.account.User;
import org.xtoolscrm.opportunity.Opportunity;

/**
 * A price offer to the customer for the deal, with its lines and total in one currency.
 * Its number is unique in the company. {@link QuoteService} changes its status.
 */
@Entity
@Table(name = "opportunity_quote")
public class Quote extends OpportunityDetail {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Quote";

    public static final int NUMBER_MAX = 40;
    public static final int NOTES_MAX = 2000;
    /** The maximum number of lines of a quote. */
    public static final int LINES_MAX = 100;

    /** The number, stored in upper case so that numbers differing only in case count as the same. */
    @Column(name = "quote_number", nullable = false, length = NUMBER_MAX)
    private String quoteNumber;

    @Column(name = "quote_date", nullable = false)
    private LocalDate quoteDate;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(length = NOTES_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private QuoteStatus status = QuoteStatus.DRAFT;

    @Column(name = "total_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo ASC")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {
    }

    Quote(Opportunity deal, User createdBy) {
        super(deal, createdBy);
    }

    public String getQuoteNumber() {
        return quoteNumber;
    }

    void setQuoteNumber(String quoteNumber) {
        this.quoteNumber = quoteNumber;
    }

    public LocalDate getQuoteDate() {
        return quoteDate;
    }

    void setQuoteDate(LocalDate quoteDate) {
        this.quoteDate = quoteDate;
    }

    /** Returns the last day the offer holds, or null when it is open-ended. */
    public LocalDate getValidUntil() {
        return validUntil;
    }

    void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getCurrency() {
        return currency;
    }

    void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    void setStatus(QuoteStatus status) {
        this.status = status;
    }

    /** Returns the sum of the lines' exact totals, rounded once half-even to the currency's decimal places. */
    public BigDecimal getTotal() {
        return total;
    }

    void setTotal(BigDecimal total) {
        this.total = total.setScale(2);
    }

    /** Returns the lines in their order. */
    public List<QuoteLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /**
     * Returns the line at the index, reusing the quote's line there or appending a new one,
     * so an edit updates rows in place rather than deleting and inserting them.
     */
    QuoteLine lineAt(int index) {
        if (index < lines.size()) {
            return lines.get(index);
        }
        QuoteLine line = new QuoteLine(this, index);
        lines.add(line);
        return line;
    }

    /** Keeps the first lines up to the given count and removes the others, whose rows are deleted. */
    void truncateLines(int size) {
        while (lines.size() > size) {
            lines.remove(lines.size() - 1);
        }
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("opportunityId", getOpportunityId());
        values.put("quoteNumber", quoteNumber);
        values.put("quoteDate", quoteDate);
        values.put("validUntil", validUntil);
        values.put("currency", currency);
        values.put("notes", notes);
        values.put("status", status);
        values.put("total", total == null ? null : total.toPlainString());
        values.put("lines", lines.stream().map(QuoteLine::auditText).collect(Collectors.joining("\n")));
        return values;
    }
}
