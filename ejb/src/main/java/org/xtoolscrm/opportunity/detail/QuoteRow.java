package org.xtoolscrm.opportunity.detail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One quote in a deal's list, read as a projection so a page is one query. A class with
 * getters rather than a record, because Jakarta EL 5 resolves bean properties only.
 */
public final class QuoteRow implements DetailRow {

    private final long id;
    private final String quoteNumber;
    private final LocalDate quoteDate;
    private final LocalDate validUntil;
    private final String currency;
    private final QuoteStatus status;
    private final BigDecimal total;
    private final String createdByName;
    private final Instant updatedAt;
    private final int version;

    public QuoteRow(Long id, String quoteNumber, LocalDate quoteDate, LocalDate validUntil, String currency,
                    QuoteStatus status, BigDecimal total, String createdByName, Instant updatedAt,
                    Integer version) {
        this.id = id;
        this.quoteNumber = quoteNumber;
        this.quoteDate = quoteDate;
        this.validUntil = validUntil;
        this.currency = currency;
        this.status = status;
        this.total = total;
        this.createdByName = createdByName;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    @Override
    public long getId() {
        return id;
    }

    public String getQuoteNumber() {
        return quoteNumber;
    }

    public LocalDate getQuoteDate() {
        return quoteDate;
    }

    /** Returns the last day the offer holds, or null when it is open-ended. */
    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getCurrency() {
        return currency;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
