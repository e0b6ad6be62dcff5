package org.xtoolscrm.web.service;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.User;
import org.xtoolscrm.service.AfterSalesProblem;
import org.xtoolscrm.service.Complaint;
import org.xtoolscrm.service.ComplaintForm;
import org.xtoolscrm.service.ComplaintRow;
import org.xtoolscrm.service.ComplaintRules;
import org.xtoolscrm.service.ComplaintService;
import org.xtoolscrm.service.ComplaintStatus;
import org.xtoolscrm.service.ComplaintUrgency;
import org.xtoolscrm.service.InvalidAfterSalesException;
import org.xtoolscrm.service.StaleAfterSalesException;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;

/**
 * Backs the complaint dialog (service/complaint-dialog.xhtml) on the customer's complaints
 * tab and on the complaint list, and deleting from either table. A complaint that someone
 * else saved in the meantime is never overwritten: the dialog shows a message and the
 * latest version.
 */
@Named
@ViewScoped
public class ComplaintEditor implements Serializable {

    private static final Logger LOG = Logger.getLogger(ComplaintEditor.class.getName());

    /** The id of the dialog's form; its field ids are the field names of the complaint errors. */
    static final String FORM_ID = "complaint-form";

    @EJB
    private ComplaintService complaints;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    @Inject
    private Formats formats;

    /** The complaint in the dialog, or null for a new one. */
    private Long complaintId;
    private int version;
    private long customerId;
    private String customerName;
    private ComplaintForm form = new ComplaintForm();
    private List<OwnerOption> handlers = List.of();

    /** Opens the dialog for a new open complaint on the customer, received now and handled by the caller. */
    public void startNew(long forCustomerId, String forCustomerName) {
        complaintId = null;
        version = 0;
        customerId = forCustomerId;
        customerName = forCustomerName;
        form = new ComplaintForm();
        form.setHandlerId(access.currentUser().getId());
        form.setReceived(now());
        handlers = OwnerOption.assignable(accounts.assignableOwners(), null);
    }

    /** Opens the dialog with a complaint as it is now. */
    public void startEdit(long id) {
        try {
            fill(complaints.get(id));
        } catch (RecordNotFoundException e) {
            notFound(id);
        }
    }

    /** Checks every field on the page first, so all invalid fields show at once, then saves through the service. */
    public void save() {
        List<AfterSalesProblem> problems = ComplaintRules.problems(form, LocalDateTime.now(formats.zone()));
        if (!problems.isEmpty()) {
            AfterSalesMessages.show(problems, FORM_ID);
            return;
        }
        try {
            if (complaintId == null) {
                complaints.create(customerId, form);
                Texts.info("complaint.message.created");
            } else {
                complaints.update(complaintId, version, form);
                Texts.info("complaint.message.saved");
            }
        } catch (InvalidAfterSalesException e) {
            AfterSalesMessages.show(e.getProblems(), FORM_ID);
        } catch (StaleAfterSalesException e) {
            AfterSalesMessages.dialogError(FORM_ID, "complaint.message.stale");
            startEdit(complaintId);
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Complaint dialog save failed: " + e.getMessage());
            AfterSalesMessages.dialogError(FORM_ID, "complaint.message.notFound");
        }
    }

    /** Moves a complaint of a table to the recycle bin, at the version the table shows. */
    public void delete(ComplaintRow row) {
        try {
            complaints.delete(row.id(), row.version());
            Texts.info("complaint.message.deleted");
        } catch (StaleAfterSalesException e) {
            Texts.error("complaint.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("complaint.message.notFound");
        }
    }

    /** Clears the satisfaction when the status moves back to open or in process, where none is recorded. */
    public void statusChanged() {
        if (form.getStatus() == null || !form.getStatus().isResolved()) {
            form.setSatisfaction(null);
        }
    }

    private void fill(Complaint complaint) {
        complaintId = complaint.getId();
        version = complaint.getVersion();
        customerId = complaint.getCustomer().getId();
        customerName = complaint.getCustomer().getName();
        form = ComplaintForm.of(complaint, formats.zone());
        User handler = complaint.getHandler();
        handlers = OwnerOption.assignable(accounts.assignableOwners(), handler);
    }

    private void notFound(long id) {
        LOG.fine(() -> "Complaint " + id + " is gone or not visible");
        Texts.error("complaint.message.notFound");
        FacesContext.getCurrentInstance().validationFailed();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(formats.zone()).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Returns whether the dialog records a new record rather than editing one. */
    public boolean isCreating() {
        return complaintId == null;
    }

    public String getCustomerName() {
        return customerName;
    }

    public ComplaintForm getForm() {
        return form;
    }

    public List<OwnerOption> getHandlers() {
        return handlers;
    }

    /** Returns whether the dialog offers a choice of handler; a salesperson handles their own complaints. */
    public boolean isHandlerChoice() {
        return handlers.size() > 1;
    }

    /** Returns the name of the only handler the dialog offers, when it offers no choice. */
    public String getOnlyHandlerName() {
        return handlers.isEmpty() ? "" : handlers.get(0).getDisplayName();
    }

    /** Returns whether the status in the dialog is resolved or closed, so resolution and satisfaction apply. */
    public boolean isResolved() {
        return form.getStatus() != null && form.getStatus().isResolved();
    }

    public ComplaintUrgency[] getUrgencies() {
        return ComplaintUrgency.values();
    }

    public ComplaintStatus[] getStatuses() {
        return ComplaintStatus.values();
    }

    public int[] getSatisfactionScores() {
        return new int[] {5, 4, 3, 2, 1};
    }

    public int getTextMax() {
        return Complaint.TEXT_MAX;
    }
}
