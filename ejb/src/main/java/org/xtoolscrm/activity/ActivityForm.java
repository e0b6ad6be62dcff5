package org.xtoolscrm.activity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The fields a user enters to record or edit an activity. {@link ActivityRules} checks
 * them. The customer and the owner are not part of it: an activity stays on the
 * customer it was recorded for, and its owner is the user who recorded it.
 */
public class ActivityForm implements Serializable {

    /** The code of an ACTIVITY_TYPE option. */
    private String type;
    private Instant time;
    /** The contact the activity was with, or null. */
    private Long contactId;
    private Long opportunityId;
    private String content;
    private String outcome;
    private String nextStep;
    private LocalDate nextStepDate;

    /** Copies the editable fields of an activity, for an edit dialog. */
    public static ActivityForm of(Activity activity) {
        ActivityForm form = new ActivityForm();
        form.type = activity.getType();
        form.time = activity.getTime();
        form.contactId = activity.getContactId();
        form.opportunityId = activity.getOpportunityId();
        form.content = activity.getContent();
        form.outcome = activity.getOutcome();
        form.nextStep = activity.getNextStep();
        form.nextStepDate = activity.getNextStepDate();
        return form;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Instant getTime() {
        return time;
    }

    public void setTime(Instant time) {
        this.time = time;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    /** Returns the opportunity the activity was about, or null. */
    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public LocalDate getNextStepDate() {
        return nextStepDate;
    }

    public void setNextStepDate(LocalDate nextStepDate) {
        this.nextStepDate = nextStepDate;
    }
}
