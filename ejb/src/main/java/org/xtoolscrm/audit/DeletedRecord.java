package org.xtoolscrm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry of the recycle bin: one deleted record, and with a customer the records
 * that went with it. The rows themselves stay in their tables, marked with this
 * entry's id.
 */
@Entity
@Table(name = "recycle_bin")
public class DeletedRecord {

    public static final int LABEL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    private BinRecordType recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    /** The record's kind as the change log names it, so a restore lands in the same history. */
    @Column(name = "audit_type", nullable = false)
    private String auditType;

    /** The text a person reads in the bin, such as the customer's name. */
    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    /** The customer the record hangs off, or null for a customer or a record without one. */
    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "deleted_by", nullable = false)
    private String deletedBy;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected DeletedRecord() {
    }

    DeletedRecord(BinRecordType recordType, Audited record, String label, Long customerId, String deletedBy) {
        this.recordType = recordType;
        this.recordId = record.getId();
        this.auditType = record.auditType();
        this.label = ChangeLog.cut(label == null || label.isBlank() ? recordType + " " + recordId : label, LABEL_MAX);
        this.customerId = customerId;
        this.deletedBy = deletedBy;
        this.deletedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public BinRecordType getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getAuditType() {
        return auditType;
    }

    public String getLabel() {
        return label;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
