package org.xtoolscrm.web.contract;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.ContractProblem;
import org.xtoolscrm.contract.ContractRules;
import org.xtoolscrm.contract.Delivery;
import org.xtoolscrm.contract.DeliveryForm;
import org.xtoolscrm.contract.DeliveryRow;
import org.xtoolscrm.contract.DeliveryRules;
import org.xtoolscrm.contract.DeliveryService;
import org.xtoolscrm.contract.DeliveryStatus;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.web.Texts;

/**
 * Backs contract/tab/deliveries.xhtml: the contract's deliveries, the dialog that adds and
 * edits one, and a delivery's history. A delivery that someone else saved in the meantime
 * is never overwritten: the dialog shows a message and the latest version.
 */
@Named
@ViewScoped
public class DeliveryTabView implements Serializable {

    private static final Logger LOG = Logger.getLogger(DeliveryTabView.class.getName());

    /** The id of the dialog's form, whose field ids are the field names of the problems. */
    static final String FORM_ID = "delivery-form";

    @EJB
    private DeliveryService deliveries;

    private Long contractId;
    private List<DeliveryRow> rows;

    /** The delivery in the dialog, or null for a new one. */
    private Long deliveryId;
    private int deliveryVersion;
    private DeliveryForm form = new DeliveryForm();
    private List<ChangeEntry> history = List.of();

    @PostConstruct
    void init() {
        contractId = ContractTabContext.contractId(FacesContext.getCurrentInstance());
    }

    /** Returns the contract's deliveries, the latest date first, read once per view and after each change. */
    public List<DeliveryRow> getRows() {
        if (rows == null) {
            rows = read();
        }
        return rows;
    }

    /** Opens an empty planned delivery dated today. */
    public void startNew() {
        deliveryId = null;
        deliveryVersion = 0;
        form = new DeliveryForm(getToday(), null, DeliveryStatus.PLANNED);
    }

    public void startEdit(DeliveryRow row) {
        try {
            fill(deliveries.get(row.id()));
        } catch (RecordNotFoundException e) {
            Texts.error("delivery.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
            rows = null;
        }
    }

    /**
     * Checks every field on the page first, so all invalid fields show at once, then saves
     * through the service. The dialog stays open when a field is rejected or the delivery
     * was stale.
     */
    public void save() {
        List<ContractProblem> problems = DeliveryRules.problems(form, getToday());
        if (!problems.isEmpty()) {
            ContractTabContext.show(problems, FORM_ID);
            return;
        }
        try {
            if (deliveryId == null) {
                deliveries.create(contractId, form);
                Texts.info("delivery.message.added");
            } else {
                deliveries.update(deliveryId, deliveryVersion, form);
                Texts.info("delivery.message.saved");
            }
            rows = null;
            startNew();
        } catch (InvalidContractException e) {
            ContractTabContext.show(e.getProblems(), FORM_ID);
        } catch (StaleContractException e) {
            Texts.error("delivery.message.stale");
            reloadStale();
        } catch (RecordNotFoundException e) {
            Texts.error("delivery.message.notFound");
            rows = null;
            startNew();
        }
    }

    public void delete(DeliveryRow row) {
        try {
            deliveries.delete(row.id(), row.version());
            Texts.info("delivery.message.deleted");
        } catch (StaleContractException e) {
            Texts.error("delivery.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("delivery.message.notFound");
        }
        rows = null;
    }

    public void showHistory(DeliveryRow row) {
        try {
            history = deliveries.history(row.id());
        } catch (RecordNotFoundException e) {
            Texts.error("delivery.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private void reloadStale() {
        try {
            fill(deliveries.get(deliveryId));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RecordNotFoundException gone) {
            Texts.error("delivery.message.notFound");
            rows = null;
            startNew();
        }
    }

    private void fill(Delivery delivery) {
        deliveryId = delivery.getId();
        deliveryVersion = delivery.getVersion();
        form = DeliveryForm.of(delivery);
    }

    private List<DeliveryRow> read() {
        if (contractId == null) {
            return List.of();
        }
        try {
            return deliveries.list(contractId);
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Contract " + contractId + " is not visible; its deliveries tab is empty");
            return List.of();
        }
    }

    /** Returns whether the dialog edits an existing delivery rather than adding one. */
    public boolean isEditing() {
        return deliveryId != null;
    }

    public DeliveryForm getForm() {
        return form;
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public List<ChangeEntry> getHistory() {
        return history;
    }

    /** Returns today in the company's time zone. */
    public LocalDate getToday() {
        return CompanyCalendar.current().today();
    }

    public LocalDate getMinDate() {
        return ContractRules.MIN_DATE;
    }

    public int getItemsMax() {
        return Delivery.ITEMS_MAX;
    }

    public int getReceiverMax() {
        return Delivery.RECEIVER_MAX;
    }

    public int getPhoneMax() {
        return Delivery.PHONE_MAX;
    }

    public int getTrackingMax() {
        return Delivery.TRACKING_MAX;
    }

    public int getNotesMax() {
        return Delivery.NOTES_MAX;
    }
}
