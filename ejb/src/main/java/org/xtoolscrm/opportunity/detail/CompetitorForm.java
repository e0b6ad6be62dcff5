package org.xtoolscrm.opportunity.detail;

import java.io.Serializable;
import java.math.BigDecimal;
import org.xtoolscrm.money.Money;

/** The fields a user enters to add or edit a competitor. {@link CompetitorRules} checks them. */
public class CompetitorForm implements Serializable {

    private String name;
    private String strengths;
    private String weaknesses;
    /** The competitor's price, or null when it is not known. */
    private BigDecimal price;
    /** An ISO 4217 code; blank means CNY. It is ignored without a price. */
    private String currency = Money.DEFAULT_CURRENCY;

    /** Copies the editable fields of a competitor, for an edit dialog. */
    public static CompetitorForm of(Competitor competitor) {
        CompetitorForm form = new CompetitorForm();
        form.name = competitor.getName();
        form.strengths = competitor.getStrengths();
        form.weaknesses = competitor.getWeaknesses();
        form.price = competitor.getPrice();
        form.currency = competitor.getCurrency() == null ? Money.DEFAULT_CURRENCY : competitor.getCurrency();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    public void setWeaknesses(String weaknesses) {
        this.weaknesses = weaknesses;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
