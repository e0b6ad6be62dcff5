package org.xtoolscrm.attachment;

import java.io.Serializable;
import java.time.Instant;

/**
 * One attachment in a record's list, read as a projection so a page is one query. A class
 * with getters rather than a record, because Jakarta EL 5 resolves bean properties only.
 */
public final class AttachmentRow implements Serializable {

    private final long id;
    private final String fileName;
    private final String contentType;
    private final long sizeBytes;
    private final String description;
    private final String uploaderName;
    private final Instant uploadedAt;
    private final int version;

    public AttachmentRow(Long id, String fileName, String contentType, Long sizeBytes, String description,
                         String uploaderName, Instant uploadedAt, Integer version) {
        this.id = id;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.description = description;
        this.uploaderName = uploaderName;
        this.uploadedAt = uploadedAt;
        this.version = version;
    }

    public long getId() {
        return id;
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

    public String getDescription() {
        return description;
    }

    public String getUploaderName() {
        return uploaderName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public int getVersion() {
        return version;
    }
}
