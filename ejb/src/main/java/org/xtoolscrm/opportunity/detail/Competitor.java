package org.xtoolscrm.opportunity.detail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.opportunity.Opportunity;

/** Another company competing for the deal: its strengths, its weaknesses and, when known, its price. */
@Entity
@Table(name = "opportunity_competitor")
public class Competitor extends OpportunityDetail {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Competitor";

    public static final int NAME_MAX = 200;
    public static final int STRENGTHS_MAX = 2000;
    public static final int WEAKNESSES_MAX = 2000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = STRENGTHS_MAX)
    private String strengths;

    @Column(length = WEAKNESSES_MAX)
    private String weaknesses;

    @Column(precision = 19, scale = 2)
    private BigDecimal price;

    /** The ISO 4217 code of the price; null exactly when the price is null. */
    @Column(length = 3)
    private String currency;

    protected Competitor() {
    }

    Competitor(Opportunity deal, User createdBy) {
        super(deal, createdBy);
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getStrengths() {
        return strengths;
    }

    void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    void setWeaknesses(String weaknesses) {
        this.weaknesses = weaknesses;
    }

    /** Returns the competitor's price, or null when it is not known. */
    public BigDecimal getPrice() {
        return price;
    }

    /** Returns the currency of the price, or null when the price is not known. */
    public String getCurrency() {
        return currency;
    }

    /** Sets the price and its currency; a null price clears the currency. */
    void setPrice(BigDecimal price, String currency) {
        this.price = price;
        this.currency = price == null ? null : currency;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("opportunityId", getOpportunityId());
        values.put("name", name);
        values.put("strengths", strengths);
        values.put("weaknesses", weaknesses);
        values.put("price", price == null ? null : price.setScale(2).toPlainString());
        values.put("currency", currency);
        return values;
    }
}
