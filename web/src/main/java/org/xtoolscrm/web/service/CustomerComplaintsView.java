package org.xtoolscrm.web.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xtoolscrm.service.ComplaintService;
import org.xtoolscrm.web.customer.CustomerView;

/** Backs customer/tab/complaints.xhtml: the complaints of the customer on the page, newest first. */
@Named
@ViewScoped
public class CustomerComplaintsView implements Serializable {

    @Inject
    private CustomerView view;

    @EJB
    private ComplaintService complaints;

    private ComplaintLazyModel model;

    @PostConstruct
    void init() {
        model = ComplaintLazyModel.ofCustomer(complaints, view.getCustomerId());
    }

    public ComplaintLazyModel getModel() {
        return model;
    }
}
