package org.xtoolscrm.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Returns the owners a dialog offers for a record: the users the caller may assign to,
     * with the record's current owner first when it is not among them, as for a record seen
     * through a customer share that belongs to someone outside the caller's team.
     *
     * @param current the record's owner, or null for a new record
     */
    public static List<OwnerOption> assignable(List<User> assignable, User current) {
        List<OwnerOption> options = new ArrayList<>(assignable.stream().map(OwnerOption::of).toList());
        if (current != null && options.stream().noneMatch(option -> option.getId().equals(current.getId()))) {
            options.add(0, of(current));
        }
        return options;
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
