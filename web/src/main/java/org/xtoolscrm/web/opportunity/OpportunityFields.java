package org.xtoolscrm.web.opportunity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityForm;

/** The fields of the opportunity dialog, as bean properties the page binds to. */
public class OpportunityFields implements Serializable {

    private String name;
    private BigDecimal amount;
    private String currency = "CNY";
    private LocalDate expectedSignDate;
    private String stage;
    private String source;
    private Long ownerId;
    private String description;
    private String lostReason;

    static OpportunityFields of(Opportunity opportunity) {
        OpportunityFields fields = new OpportunityFields();
        fields.name = opportunity.getName();
        fields.amount = opportunity.getAmount();
        fields.currency = opportunity.getCurrency();
        fields.expectedSignDate = opportunity.getExpectedSignDate();
        fields.stage = opportunity.getStage();
        fields.source = opportunity.getSource();
        fields.ownerId = opportunity.getOwner().getId();
        fields.description = opportunity.getDescription();
        fields.lostReason = opportunity.getLostReason();
        return fields;
    }

    OpportunityForm toForm(Long customerId) {
        return new OpportunityForm(customerId, name, amount, currency, expectedSignDate, stage, source, ownerId,
                description, lostReason);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getExpectedSignDate() {
        return expectedSignDate;
    }

    public void setExpectedSignDate(LocalDate expectedSignDate) {
        this.expectedSignDate = expectedSignDate;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }
}
