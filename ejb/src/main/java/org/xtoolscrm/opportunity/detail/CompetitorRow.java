package org.xtoolscrm.opportunity.detail;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One competitor in a deal's list, read as a projection so a page is one query. A class
 * with getters rather than a record, because Jakarta EL 5 resolves bean properties only.
 */
public final class CompetitorRow implements DetailRow {

    private final long id;
    private final String name;
    private final String strengths;
    private final String weaknesses;
    private final BigDecimal price;
    private final String currency;
    private final String createdByName;
    private final Instant updatedAt;
    private final int version;

    public CompetitorRow(Long id, String name, String strengths, String weaknesses, BigDecimal price,
                         String currency, String createdByName, Instant updatedAt, Integer version) {
        this.id = id;
        this.name = name;
        this.strengths = strengths;
        this.weaknesses = weaknesses;
        this.price = price;
        this.currency = currency;
        this.createdByName = createdByName;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    @Override
    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    /** Returns the competitor's price, or null when it is not known. */
    public BigDecimal getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
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
