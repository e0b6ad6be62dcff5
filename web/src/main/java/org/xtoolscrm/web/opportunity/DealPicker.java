package org.xtoolscrm.web.opportunity;

import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.opportunity.OpportunityRow;
import org.xtoolscrm.opportunity.OpportunityService;

/**
 * The opportunity picker of the schedule, task and activity dialogs
 * (WEB-INF/includes/deal-picker.xhtml): the open deals of the dialog's customer, and the deal
 * the record names. It follows the contact picker: without a customer there is no deal, and
 * for a customer the user may not read, the picker stays hidden and the stored deal is kept.
 * The services check the deal against the customer on every save.
 */
public final class DealPicker implements Serializable {

    private static final Logger LOG = Logger.getLogger(DealPicker.class.getName());

    private List<OpportunityRow> options = List.of();
    private boolean shown;
    private Long opportunityId;

    /**
     * Loads the deals of the customer and chooses the deal when it is one of them.
     *
     * @param customerId    the dialog's customer, or null for none
     * @param opportunityId the deal to choose, such as the stored one, or null for none
     */
    public void open(OpportunityService opportunities, Long customerId, Long opportunityId) {
        if (customerId == null) {
            options = List.of();
            shown = false;
            this.opportunityId = null;
            return;
        }
        try {
            options = List.copyOf(opportunities.choicesFor(customerId, opportunityId));
            shown = true;
            boolean offered = opportunityId != null && options.stream().anyMatch(row -> row.id().equals(opportunityId));
            this.opportunityId = offered ? opportunityId : null;
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Deals of customer " + customerId + " not readable; deal " + opportunityId
                    + " stays unchanged");
            options = List.of();
            shown = false;
            this.opportunityId = opportunityId;
        }
    }

    /** Loads the deals of a customer newly chosen in the dialog; a deal of the previous customer is cleared. */
    public void changeCustomer(OpportunityService opportunities, Long customerId) {
        open(opportunities, customerId, opportunityId);
    }

    /** Returns the open deals of the customer, and the stored one, or none while the picker is hidden. */
    public List<OpportunityRow> getOptions() {
        return options;
    }

    public boolean isShown() {
        return shown;
    }

    /** Returns the deal to save, or null for none. */
    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }
}
