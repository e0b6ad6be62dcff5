package org.xtoolscrm.web;

import java.io.Serializable;
import org.xtoolscrm.account.User;

/** An account offered in an owner filter or picker. */
public record OwnerOption(Long id, String login, String displayName) implements Serializable {

    public static OwnerOption of(User user) {
        return new OwnerOption(user.getId(), user.getLogin(), user.getDisplayName());
    }
}
