package org.xtoolscrm.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One customer import job instance, started from the upload page or from the
 * management CLI. The counts are updated in the transaction of each chunk, so they
 * stay right when a failed job restarts from its last checkpoint.
 */
@Entity
@Table(name = "customer_import")
public class CustomerImport implements Serializable {

    @Id
    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_path", nullable = false)
    private String filePath;

    @Column(name = "owner_login", nullable = false)
    private String ownerLogin;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_execution_id")
    private Long lastExecutionId;

    @Column(name = "charset_name")
    private String charsetName;

    @Column(name = "imported_count", nullable = false)
    private int importedCount;

    @Column(name = "duplicate_count", nullable = false)
    private int duplicateCount;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    @Column(name = "delete_file_when_done", nullable = false)
    private boolean deleteFileWhenDone;

    @Column(name = "file_deleted", nullable = false)
    private boolean fileDeleted;

    @Column(name = "failure_message")
    private String failureMessage;

    public Long getJobInstanceId() {
        return jobInstanceId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFilePath() {
        return filePath;
    }

    public String getOwnerLogin() {
        return ownerLogin;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getCharsetName() {
        return charsetName;
    }

    public int getImportedCount() {
        return importedCount;
    }

    public int getDuplicateCount() {
        return duplicateCount;
    }

    public int getRejectedCount() {
        return rejectedCount;
    }

    public boolean isDeleteFileWhenDone() {
        return deleteFileWhenDone;
    }

    public boolean isFileDeleted() {
        return fileDeleted;
    }

    public String getFailureMessage() {
        return failureMessage;
    }

    public Long getLastExecutionId() {
        return lastExecutionId;
    }
}
