package org.xtoolscrm.attachment;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;
import org.xtoolscrm.customer.Customer;

/**
 * A file kept on a record: today a customer, later a contract or an opportunity of the
 * customer. The content lies in the attachment directory under {@link #getStorageName()};
 * the file name the user gave is kept here only. Only the description changes after
 * the upload.
 */
@Entity
@Table(name = "attachment")
public class Attachment implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Attachment";

    public static final int DESCRIPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, updatable = false)
    private AttachmentOwnerType ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    /** The customer of the owning record, which decides who may read the file. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "file_name", nullable = false, updatable = false, length = FileNames.MAX_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = ContentTypes.MAX_LENGTH)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "storage_name", nullable = false, updatable = false)
    private String storageName;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id", nullable = false, updatable = false)
    private User uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    /** The recycle bin entry that contains this attachment, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected Attachment() {
    }

    Attachment(AttachmentOwnerType ownerType, long ownerId, Customer customer, String fileName, String contentType,
               AttachmentStore.StoredFile file, String description, User uploadedBy) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.customer = customer;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageName = file.storageName();
        this.description = description;
        this.uploadedBy = uploadedBy;
    }

    @PrePersist
    void onCreate() {
        uploadedAt = Instant.now();
    }

    @Override
    public Long getId() {
        return id;
    }

    public AttachmentOwnerType getOwnerType() {
        return ownerType;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** Returns the SHA-256 of the content as 64 lower-case hex digits. */
    public String getSha256() {
        return sha256;
    }

    public String getStorageName() {
        return storageName;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public User getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** Returns whether the attachment is in the recycle bin. */
    public boolean isDeleted() {
        return deletionId != null;
    }

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
        values.put("owner", ownerType + " " + ownerId);
        values.put("customer", customer.getName());
        values.put("fileName", fileName);
        values.put("contentType", contentType);
        values.put("sizeBytes", sizeBytes);
        values.put("sha256", sha256);
        values.put("description", description);
        values.put("uploadedBy", uploadedBy.getLogin());
        return values;
    }
}
