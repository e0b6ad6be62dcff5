package org.xtoolscrm.attachment;

import jakarta.ejb.ApplicationException;

/**
 * Raised when the attachment directory cannot be written or read, such as a full disk
 * or missing permissions. The cause holds the I/O error; the service logs it with the
 * directory.
 */
@ApplicationException(rollback = true)
public class AttachmentStorageException extends RuntimeException {

    public AttachmentStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
