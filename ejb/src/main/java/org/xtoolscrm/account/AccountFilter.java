package org.xtoolscrm.account;

import java.io.Serializable;

/**
 * The filter of the account list. Text filters match anywhere in the value, and the
 * mobile filter ignores spaces and dashes. A null or blank value means no filter.
 */
public record AccountFilter(
        String login,
        String displayName,
        Role role,
        Long superiorId,
        String mobile,
        String email,
        Boolean enabled) implements Serializable {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null, null, null, null);
    }

    public AccountFilter withLogin(String text) {
        return new AccountFilter(text, displayName, role, superiorId, mobile, email, enabled);
    }
}
