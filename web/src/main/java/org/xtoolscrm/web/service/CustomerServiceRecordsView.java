package org.xtoolscrm.web.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.xtoolscrm.service.ServiceRecordService;
import org.xtoolscrm.web.customer.CustomerView;

/**
 * Backs customer/tab/service-records.xhtml: the service records of the customer on the
 * page, newest first, with the hours of all of them.
 */
@Named
@ViewScoped
public class CustomerServiceRecordsView implements Serializable {

    @Inject
    private CustomerView view;

    @EJB
    private ServiceRecordService records;

    private ServiceRecordLazyModel model;

    @PostConstruct
    void init() {
        model = ServiceRecordLazyModel.ofCustomer(records, view.getCustomerId());
    }

    public ServiceRecordLazyModel getModel() {
        return model;
    }

    /** Returns the hours of every live record of the customer, read on each render so a save shows at once. */
    public BigDecimal getTotalHours() {
        return records.totalHoursForCustomer(view.getCustomerId());
    }
}
