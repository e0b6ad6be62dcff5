package org.xtoolscrm.dictionary;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * Raised when a dictionary change breaks a rule. It carries the {@link DictionaryError} and
 * its message arguments rather than a text, so the web layer shows the message in the
 * user's language. The exception message is for logs: the error name and the arguments.
 */
@ApplicationException(rollback = true)
public class InvalidDictionaryOptionException extends RuntimeException {

    private final DictionaryError error;
    private final transient Object[] arguments;

    public InvalidDictionaryOptionException(DictionaryError error, Object... arguments) {
        super(arguments.length == 0 ? error.name() : error.name() + " " + Arrays.toString(arguments));
        this.error = error;
        this.arguments = arguments.clone();
    }

    public DictionaryError getError() {
        return error;
    }

    /** Returns the name of the form field at fault, or null when the error concerns the whole option. */
    public String getField() {
        return error.field();
    }

    /** Returns the arguments of the message, in the order the bundle text numbers them. */
    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
