package org.xtoolscrm.contact;

/**
 * The reason a contact was rejected. The web layer shows the text under the bundle key
 * {@code ContactError.<NAME>}, formatted with the problem's arguments, next to the form
 * field that {@link #field()} names.
 */
public enum ContactError {
    NAME_MISSING("name"),
    /** Argument: the maximum length. */
    NAME_TOO_LONG("name"),
    /** Argument: the maximum length. */
    TITLE_TOO_LONG("title"),
    /** Argument: the maximum length. */
    DEPARTMENT_TOO_LONG("department"),
    /** Argument: the number as entered. */
    MOBILE_INVALID("mobile"),
    /** Argument: the maximum length. */
    MOBILE_TOO_LONG("mobile"),
    /** Argument: the number as entered. */
    PHONE_INVALID("phone"),
    /** Argument: the maximum length. */
    PHONE_TOO_LONG("phone"),
    /** Argument: the address as entered. */
    EMAIL_INVALID("email"),
    /** Argument: the maximum length. */
    EMAIL_TOO_LONG("email"),
    /** Argument: today's date. */
    BIRTHDAY_IN_FUTURE("birthday"),
    /** Argument: the earliest date accepted. */
    BIRTHDAY_TOO_EARLY("birthday"),
    /** Arguments: the maximum length and the length entered. */
    NOTES_TOO_LONG("notes");

    private final String field;

    ContactError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault, which is also the id of its input on the contact dialog. */
    public String field() {
        return field;
    }
}
