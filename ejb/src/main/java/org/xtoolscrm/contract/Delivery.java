package org.xtoolscrm.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;

/**
 * A delivery against a contract, made or planned: the items as text, the date, its status,
 * who received it and how it was shipped.
 */
@Entity
@Table(name = "delivery")
public class Delivery implements Audited {

    public static final String AUDIT_TYPE = "Delivery";

    public static final int ITEMS_MAX = 2000;
    public static final int RECEIVER_MAX = 100;
    public static final int PHONE_MAX = 40;
    public static final int TRACKING_MAX = 100;
    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    /** The day the delivery is planned for, or the day it was shipped, delivered or returned. */
    @Column(name = "delivery_date", nullable = false)
    private LocalDate deliveryDate;

    @Column(nullable = false, length = ITEMS_MAX)
    private String items;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DeliveryStatus status;

    @Column(name = "receiver_name", length = RECEIVER_MAX)
    private String receiverName;

    @Column(name = "receiver_phone", length = PHONE_MAX)
    private String receiverPhone;

    @Column(length = TRACKING_MAX)
    private String tracking;

    @Column(length = NOTES_MAX)
    private String notes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private User createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected Delivery() {
    }

    Delivery(Contract contract, User createdBy) {
        this.contractId = contract.getId();
        this.customerId = contract.getCustomer().getId();
        this.createdBy = createdBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Sets the fields a form edits, already cleaned. */
    void apply(LocalDate deliveryDate, String items, DeliveryStatus status, String receiverName,
               String receiverPhone, String tracking, String notes) {
        this.deliveryDate = deliveryDate;
        this.items = items;
        this.status = status;
        this.receiverName = receiverName;
        this.receiverPhone = receiverPhone;
        this.tracking = tracking;
        this.notes = notes;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("contract", contractId);
        values.put("deliveryDate", deliveryDate);
        values.put("items", items);
        values.put("status", status);
        values.put("receiverName", receiverName);
        values.put("receiverPhone", receiverPhone);
        values.put("tracking", tracking);
        values.put("notes", notes);
        return values;
    }

    public boolean isDeleted() {
        return deletionId != null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public String getItems() {
        return items;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public String getReceiverPhone() {
        return receiverPhone;
    }

    public String getTracking() {
        return tracking;
    }

    public String getNotes() {
        return notes;
    }

    public User getCreatedBy() {
        return createdBy;
    }

    public int getVersion() {
        return version;
    }
}
