package org.xtoolscrm.opportunity.detail;

/**
 * A rule of a deal's record that a form broke. Each kind of record has an enum of its
 * own. The web layer shows the text under the bundle key {@link #messageKey()},
 * formatted with the problem's arguments, next to the form field that {@link #field()}
 * names.
 */
public interface DetailError {

    /** Returns the constant's name, as {@link Enum#name()} does. */
    String name();

    /** Returns the name of the form field at fault, or null when the form has no field for it. */
    String field();

    /** Returns the bundle key of the message, such as {@code QuoteError.NUMBER_TAKEN}. */
    default String messageKey() {
        return getClass().getSimpleName() + "." + name();
    }
}
