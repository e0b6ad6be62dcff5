package org.xtoolscrm.attachment;

/** The columns an attachment list sorts by, with the JPQL path of each. */
public enum AttachmentSortField {
    FILE_NAME("a.fileName"),
    SIZE("a.sizeBytes"),
    UPLOADED_AT("a.uploadedAt");

    private final String path;

    AttachmentSortField(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
