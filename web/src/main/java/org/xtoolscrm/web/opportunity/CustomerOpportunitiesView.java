package org.xtoolscrm.web.opportunity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.web.customer.CustomerView;

/** Backs customer/tab/opportunities.xhtml: the customer's deals the user may see, open ones first. */
@Named
@ViewScoped
public class CustomerOpportunitiesView implements Serializable {

    @Inject
    private CustomerView view;

    @EJB
    private OpportunityService opportunities;

    private OpportunityLazyModel model;

    @PostConstruct
    void init() {
        model = new OpportunityLazyModel(opportunities, view.getCustomerId());
    }

    public OpportunityLazyModel getModel() {
        return model;
    }

    public OpportunityOutcome[] getOutcomes() {
        return OpportunityOutcome.values();
    }

    public OpportunityOutcome getOutcome() {
        return model.getOutcome();
    }

    public void setOutcome(OpportunityOutcome outcome) {
        model.setOutcome(outcome);
    }
}
