package org.xtoolscrm.contract;

import java.io.Serializable;
import java.time.LocalDate;

/** The fields a user enters for a delivery. */
public class DeliveryForm implements Serializable {

    private LocalDate deliveryDate;
    private String items;
    private DeliveryStatus status = DeliveryStatus.PLANNED;
    private String receiverName;
    private String receiverPhone;
    private String tracking;
    private String notes;

    public DeliveryForm() {
    }

    public DeliveryForm(LocalDate deliveryDate, String items, DeliveryStatus status) {
        this.deliveryDate = deliveryDate;
        this.items = items;
        this.status = status;
    }

    /** Copies the editable fields of a delivery, for an edit dialog. */
    public static DeliveryForm of(Delivery delivery) {
        DeliveryForm form = new DeliveryForm(delivery.getDeliveryDate(), delivery.getItems(), delivery.getStatus());
        form.receiverName = delivery.getReceiverName();
        form.receiverPhone = delivery.getReceiverPhone();
        form.tracking = delivery.getTracking();
        form.notes = delivery.getNotes();
        return form;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public void setReceiverName(String receiverName) {
        this.receiverName = receiverName;
    }

    public String getReceiverPhone() {
        return receiverPhone;
    }

    public void setReceiverPhone(String receiverPhone) {
        this.receiverPhone = receiverPhone;
    }

    public String getTracking() {
        return tracking;
    }

    public void setTracking(String tracking) {
        this.tracking = tracking;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
