package org.xtoolscrm.access;

import java.io.Serializable;
import org.xtoolscrm.account.Role;

/**
 * One user who can see a record, and why. A class with getters, because Jakarta
 * EL 5 reads bean properties only.
 */
public final class AccessGrant implements Serializable {

    private final long userId;
    private final String login;
    private final String displayName;
    private final Role role;
    private final AccessReason reason;

    public AccessGrant(long userId, String login, String displayName, Role role, AccessReason reason) {
        this.userId = userId;
        this.login = login;
        this.displayName = displayName;
        this.role = role;
        this.reason = reason;
    }

    public long getUserId() {
        return userId;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public AccessReason getReason() {
        return reason;
    }
}
