package org.xtoolscrm.contact;

import java.io.Serializable;
import java.util.List;

/** One broken rule of a contact form: the error and the arguments of its message. */
public record ContactProblem(ContactError error, List<Object> arguments) implements Serializable {

    public ContactProblem {
        arguments = List.copyOf(arguments);
    }

    static ContactProblem of(ContactError error, Object... arguments) {
        return new ContactProblem(error, List.of(arguments));
    }

    /** Returns the name of the form field at fault. */
    public String field() {
        return error.field();
    }
}
