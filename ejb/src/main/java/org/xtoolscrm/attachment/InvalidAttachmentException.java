package org.xtoolscrm.attachment;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * Raised when an attachment breaks a rule. It carries the {@link AttachmentError} and its
 * message arguments rather than a text, so the web layer shows the message in the user's
 * language. The exception message is for logs.
 */
@ApplicationException(rollback = true)
public class InvalidAttachmentException extends RuntimeException {

    private final AttachmentError error;
    private final transient Object[] arguments;

    public InvalidAttachmentException(AttachmentError error, Object... arguments) {
        super(arguments.length == 0 ? error.name() : error.name() + " " + Arrays.toString(arguments));
        this.error = error;
        this.arguments = arguments.clone();
    }

    public AttachmentError getError() {
        return error;
    }

    /** Returns the arguments of the message, in the order the bundle text numbers them. */
    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
