package org.xtoolscrm.web;

import java.io.Serializable;
import org.xtoolscrm.account.User;

/** An account offered in an owner filter or picker; getters because Jakarta EL 5 reads bean properties. */
public final class OwnerOption implements Serializable {

    private final Long id;
    private final String login;
    private final String displayName;

    private OwnerOption(Long id, String login, String displayName) {
        this.id = id;
        this.login = login;
        this.displayName = displayName;
    }

    public static OwnerOption of(User user) {
        return new OwnerOption(user.getId(), user.getLogin(), user.getDisplayName());
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }
}
