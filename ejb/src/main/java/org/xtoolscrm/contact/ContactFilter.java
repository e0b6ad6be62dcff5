package org.xtoolscrm.contact;

import java.io.Serializable;

/**
 * The criteria of the list of all contacts.
 *
 * @param search   text that the start of the contact's name, mobile, phone or e-mail, or of the
 *                 customer's name, must match; null or blank for every contact
 * @param mainOnly whether to list main contacts only
 */
public record ContactFilter(String search, boolean mainOnly) implements Serializable {

    public static ContactFilter none() {
        return new ContactFilter(null, false);
    }
}
