package org.xtoolscrm.service;

/**
 * A rule of a complaint or service record that a form broke. Each kind of record has an
 * enum of its own. The web layer shows the text under the bundle key {@link #messageKey()},
 * formatted with the problem's arguments, next to the form field that {@link #field()} names.
 */
public interface AfterSalesError {

    /** Returns the constant's name, as {@link Enum#name()} does. */
    String name();

    /** Returns the name of the form field at fault. */
    String field();

    /** Returns the bundle key of the message, such as {@code ComplaintError.RESOLUTION_MISSING}. */
    default String messageKey() {
        return getClass().getSimpleName() + "." + name();
    }
}
