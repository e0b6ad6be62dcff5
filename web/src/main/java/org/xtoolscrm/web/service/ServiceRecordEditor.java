package org.xtoolscrm.web.service;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.service.AfterSalesProblem;
import org.xtoolscrm.service.InvalidAfterSalesException;
import org.xtoolscrm.service.ServiceRecord;
import org.xtoolscrm.service.ServiceRecordForm;
import org.xtoolscrm.service.ServiceRecordRow;
import org.xtoolscrm.service.ServiceRecordRules;
import org.xtoolscrm.service.ServiceRecordService;
import org.xtoolscrm.service.StaleAfterSalesException;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;

/**
 * Backs the service record dialog (service/record-dialog.xhtml) on the customer's service
 * records tab and on the service record list, and deleting from either table. A record
 * that someone else saved in the meantime is never overwritten: the dialog shows a message
 * and the latest version.
 */
@Named
@ViewScoped
public class ServiceRecordEditor implements Serializable {

    private static final Logger LOG = Logger.getLogger(ServiceRecordEditor.class.getName());

    /** The id of the dialog's form; its field ids are the field names of the service record errors. */
    static final String FORM_ID = "service-record-form";

    @EJB
    private ServiceRecordService records;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    @Inject
    private Formats formats;

    /** The record in the dialog, or null for a new one. */
    private Long recordId;
    private int version;
    private long customerId;
    private String customerName;
    private ServiceRecordForm form = new ServiceRecordForm();
    private List<OwnerOption> handlers = List.of();

    /** Opens the dialog for a new record of today on the customer, given by the caller. */
    public void startNew(long forCustomerId, String forCustomerName) {
        recordId = null;
        version = 0;
        customerId = forCustomerId;
        customerName = forCustomerName;
        form = new ServiceRecordForm();
        form.setDate(getToday());
        form.setHandlerId(access.currentUser().getId());
        handlers = OwnerOption.assignable(accounts.assignableOwners(), null);
    }

    /** Opens the dialog with a record as it is now. */
    public void startEdit(long id) {
        try {
            fill(records.get(id));
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Service record " + id + " is gone or not visible");
            Texts.error("serviceRecord.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Checks every field on the page first, so all invalid fields show at once, then saves through the service. */
    public void save() {
        List<AfterSalesProblem> problems = ServiceRecordRules.problems(form, getToday());
        if (!problems.isEmpty()) {
            AfterSalesMessages.show(problems, FORM_ID);
            return;
        }
        try {
            if (recordId == null) {
                records.create(customerId, form);
                Texts.info("serviceRecord.message.created");
            } else {
                records.update(recordId, version, form);
                Texts.info("serviceRecord.message.saved");
            }
        } catch (InvalidAfterSalesException e) {
            AfterSalesMessages.show(e.getProblems(), FORM_ID);
        } catch (StaleAfterSalesException e) {
            AfterSalesMessages.dialogError(FORM_ID, "serviceRecord.message.stale");
            startEdit(recordId);
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Service record dialog save failed: " + e.getMessage());
            AfterSalesMessages.dialogError(FORM_ID, "serviceRecord.message.notFound");
        }
    }

    /** Moves a record of a table to the recycle bin, at the version the table shows. */
    public void delete(ServiceRecordRow row) {
        try {
            records.delete(row.id(), row.version());
            Texts.info("serviceRecord.message.deleted");
        } catch (StaleAfterSalesException e) {
            Texts.error("serviceRecord.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("serviceRecord.message.notFound");
        }
    }

    private void fill(ServiceRecord record) {
        recordId = record.getId();
        version = record.getVersion();
        customerId = record.getCustomer().getId();
        customerName = record.getCustomer().getName();
        form = ServiceRecordForm.of(record);
        handlers = OwnerOption.assignable(accounts.assignableOwners(), record.getHandler());
    }

    /** Returns whether the dialog records a new record rather than editing one. */
    public boolean isCreating() {
        return recordId == null;
    }

    public String getCustomerName() {
        return customerName;
    }

    public ServiceRecordForm getForm() {
        return form;
    }

    public List<OwnerOption> getHandlers() {
        return handlers;
    }

    /** Returns whether the dialog offers a choice of handler; a salesperson records their own service. */
    public boolean isHandlerChoice() {
        return handlers.size() > 1;
    }

    /** Returns the name of the only handler the dialog offers, when it offers no choice. */
    public String getOnlyHandlerName() {
        return handlers.isEmpty() ? "" : handlers.get(0).getDisplayName();
    }

    /** Returns today in the company's time zone, the latest date the date picker offers. */
    public LocalDate getToday() {
        return LocalDate.now(formats.zone());
    }

    public LocalDate getMinDate() {
        return ServiceRecordRules.MIN_DATE;
    }

    public int getContentMax() {
        return ServiceRecord.CONTENT_MAX;
    }
}
