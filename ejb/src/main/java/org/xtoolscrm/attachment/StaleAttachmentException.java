package org.xtoolscrm.attachment;

import jakarta.ejb.ApplicationException;

/** Raised when an attachment was changed by someone else since the caller loaded it. */
@ApplicationException(rollback = true)
public class StaleAttachmentException extends RuntimeException {

    public StaleAttachmentException(long attachmentId) {
        super("Attachment " + attachmentId + " was changed by someone else since it was loaded");
    }
}
