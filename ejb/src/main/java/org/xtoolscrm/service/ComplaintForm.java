package org.xtoolscrm.service;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The fields a user enters to record or edit a complaint, as typed. {@link ComplaintRules}
 * checks them. The time received is a local time in the company's time zone.
 */
public class ComplaintForm implements Serializable {

    private String typeCode;
    private ComplaintUrgency urgency = ComplaintUrgency.NORMAL;
    private String description;
    /** The handler's user id; null means the caller on create and the current handler on edit. */
    private Long handlerId;
    private ComplaintStatus status = ComplaintStatus.OPEN;
    private String resolution;
    private Integer satisfaction;
    private LocalDateTime received;

    /** Copies the editable fields of a complaint, for an edit dialog. */
    public static ComplaintForm of(Complaint complaint, ZoneId zone) {
        ComplaintForm form = new ComplaintForm();
        form.typeCode = complaint.getTypeCode();
        form.urgency = complaint.getUrgency();
        form.description = complaint.getDescription();
        form.handlerId = complaint.getHandler().getId();
        form.status = complaint.getStatus();
        form.resolution = complaint.getResolution();
        form.satisfaction = complaint.getSatisfaction();
        form.received = LocalDateTime.ofInstant(complaint.getReceivedAt(), zone);
        return form;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public ComplaintUrgency getUrgency() {
        return urgency;
    }

    public void setUrgency(ComplaintUrgency urgency) {
        this.urgency = urgency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getHandlerId() {
        return handlerId;
    }

    public void setHandlerId(Long handlerId) {
        this.handlerId = handlerId;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public LocalDateTime getReceived() {
        return received;
    }

    public void setReceived(LocalDateTime received) {
        this.received = received;
    }
}
