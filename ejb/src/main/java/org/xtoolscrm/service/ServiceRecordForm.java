package org.xtoolscrm.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields a user enters to record or edit a service record, as typed. {@link ServiceRecordRules} checks them. */
public class ServiceRecordForm implements Serializable {

    private LocalDate date;
    private String typeCode;
    private String content;
    private BigDecimal hours;
    /** The handler's user id; null means the caller on create and the current handler on edit. */
    private Long handlerId;

    /** Copies the editable fields of a service record, for an edit dialog. */
    public static ServiceRecordForm of(ServiceRecord record) {
        ServiceRecordForm form = new ServiceRecordForm();
        form.date = record.getServiceDate();
        form.typeCode = record.getTypeCode();
        form.content = record.getContent();
        form.hours = record.getHours();
        form.handlerId = record.getHandler().getId();
        return form;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public Long getHandlerId() {
        return handlerId;
    }

    public void setHandlerId(Long handlerId) {
        this.handlerId = handlerId;
    }
}
