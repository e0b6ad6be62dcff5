package org.xtoolscrm.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.customer.Customer;

/**
 * Service given to a customer on one day, such as an installation or a training, with
 * the hours it took. It is visible exactly when its customer is.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord implements AfterSalesRecord {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "ServiceRecord";

    /** The maximum length of the content, in characters. */
    public static final int CONTENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    /** The contract the service was given under. NOTE: nothing sets it until contracts exist. */
    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Column(name = "service_type", nullable = false, length = 40)
    private String typeCode;

    @Column(nullable = false, length = CONTENT_MAX)
    private String content;

    /** Hours spent, with one decimal place, or null when not recorded. */
    @Column(precision = 4, scale = 1)
    private BigDecimal hours;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handler_id", nullable = false)
    private User handler;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that contains this record, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected ServiceRecord() {
    }

    ServiceRecord(Customer customer) {
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

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    void setServiceDate(LocalDate serviceDate) {
        this.serviceDate = serviceDate;
    }

    public String getTypeCode() {
        return typeCode;
    }

    void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getContent() {
        return content;
    }

    void setContent(String content) {
        this.content = content;
    }

    public BigDecimal getHours() {
        return hours;
    }

    void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    @Override
    public User getHandler() {
        return handler;
    }

    void setHandler(User handler) {
        this.handler = handler;
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
        values.put("date", serviceDate);
        values.put("type", typeCode);
        values.put("content", content);
        values.put("hours", hours == null ? null : hours.toPlainString());
        values.put("handler", handler == null ? null : handler.getLogin());
        return values;
    }
}
