package org.xtoolscrm.service;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.customer.Customer;

/**
 * A complaint a customer made, with its handler, its status and, once resolved, the
 * resolution and the customer's satisfaction. It is visible exactly when its customer is.
 */
@Entity
@Table(name = "complaint")
public class Complaint implements AfterSalesRecord {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Complaint";

    /** The maximum length of the description and of the resolution, in characters. */
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    /** The contract the complaint is about. NOTE: nothing sets it until contracts exist. */
    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "complaint_type", nullable = false, length = 40)
    private String typeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintUrgency urgency = ComplaintUrgency.NORMAL;

    /** The rank of the urgency, URGENT 3 down to LOW 0. The database computes it for sorting. */
    @Column(name = "urgency_rank", insertable = false, updatable = false)
    private Integer urgencyRank;

    @Column(nullable = false, length = TEXT_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handler_id", nullable = false)
    private User handler;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintStatus status = ComplaintStatus.OPEN;

    @Column(length = TEXT_MAX)
    private String resolution;

    /** The customer's satisfaction with the resolution, from 1 to 5, or null when not recorded. */
    @Column
    private Integer satisfaction;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** When the complaint became resolved or closed; null while it is open or in process. */
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that contains this complaint, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected Complaint() {
    }

    Complaint(Customer customer) {
        this.customer = customer;
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

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Customer getCustomer() {
        return customer;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public ComplaintUrgency getUrgency() {
        return urgency;
    }

    void setUrgency(ComplaintUrgency urgency) {
        this.urgency = urgency;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    @Override
    public User getHandler() {
        return handler;
    }

    void setHandler(User handler) {
        this.handler = handler;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public String getResolution() {
        return resolution;
    }

    void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    void setResolvedAt(Instant resolvedAt) {
        this.resolvedAt = resolvedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean isDeleted() {
        return deletionId != null;
    }

    @Override
    public int getVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("customer", customer == null ? null : customer.getName());
        values.put("type", typeCode);
        values.put("urgency", urgency);
        values.put("description", description);
        values.put("handler", handler == null ? null : handler.getLogin());
        values.put("status", status);
        values.put("resolution", resolution);
        values.put("satisfaction", satisfaction);
        values.put("receivedAt", receivedAt);
        values.put("resolvedAt", resolvedAt);
        return values;
    }
}
