package org.xtoolscrm.money;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Raised when a currency rate breaks a rule; carries the error and its message arguments. */
@ApplicationException(rollback = true)
public class InvalidRateException extends RuntimeException {

    private final RateError error;
    private final transient List<Object> arguments;

    public InvalidRateException(RateError error, Object... arguments) {
        super(error + " " + List.of(arguments));
        this.error = error;
        this.arguments = List.of(arguments);
    }

    public RateError getError() {
        return error;
    }

    public List<Object> getArguments() {
        return arguments == null ? List.of() : arguments;
    }
}
