package org.xtoolscrm.web.opportunity;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.web.Texts;

/**
 * The owner filter of the opportunity pages as one select menu: everything the user may
 * see, their own deals, a team (each Manager, and each Boss with the whole company) or one
 * user. The values are strings: {@value #VISIBLE}, {@value #MINE}, {@code team:ID} and
 * {@code user:ID}.
 */
public final class OwnerChoices implements Serializable {

    public static final String VISIBLE = "all";
    public static final String MINE = "mine";
    private static final String TEAM = "team:";
    private static final String USER = "user:";

    private final long callerId;
    private final List<SelectItem> items;

    /**
     * @param callerId the user the page belongs to
     * @param owners   the enabled users in the caller's scope
     */
    OwnerChoices(long callerId, List<User> owners) {
        this.callerId = callerId;
        List<SelectItem> list = new ArrayList<>();
        list.add(new SelectItem(VISIBLE, Texts.get("opportunity.filter.owner.visible")));
        list.add(new SelectItem(MINE, Texts.get("opportunity.filter.owner.mine")));
        List<SelectItem> teams = owners.stream()
                .filter(user -> user.getRole() == Role.MANAGER)
                .map(user -> new SelectItem(TEAM + user.getId(),
                        Texts.get("opportunity.filter.owner.team", user.getDisplayName())))
                .toList();
        if (!teams.isEmpty()) {
            SelectItemGroup group = new SelectItemGroup(Texts.get("opportunity.filter.owner.teams"));
            group.setSelectItems(teams);
            list.add(group);
        }
        List<SelectItem> users = owners.stream()
                .filter(user -> user.getId() != callerId)
                .map(user -> new SelectItem(USER + user.getId(), user.getDisplayName() + " (" + user.getLogin() + ")"))
                .toList();
        if (!users.isEmpty()) {
            SelectItemGroup group = new SelectItemGroup(Texts.get("opportunity.filter.owner.users"));
            group.setSelectItems(users);
            list.add(group);
        }
        this.items = List.copyOf(list);
    }

    public List<SelectItem> getItems() {
        return items;
    }

    /** Returns whether the menu offers more than the user's own deals and everything visible. */
    public boolean isUseful() {
        return items.size() > 2;
    }

    /** Returns the choices of a user among the enabled users in their scope. */
    public static OwnerChoices of(User caller, List<User> owners) {
        return new OwnerChoices(caller.getId(), owners);
    }

    /**
     * Returns the choice a report page starts with: a Manager's team, a salesperson's own
     * deals, everything for a Boss.
     */
    public static String startingChoice(User caller) {
        return switch (caller.getRole()) {
            case MANAGER -> teamOf(caller.getId());
            case SALES -> MINE;
            case BOSS -> VISIBLE;
        };
    }

    /** Returns the filter a value stands for; an unknown value stands for everything visible. */
    public OwnerFilter filterOf(String value) {
        try {
            if (MINE.equals(value)) {
                return OwnerFilter.user(callerId);
            }
            if (value != null && value.startsWith(TEAM)) {
                return OwnerFilter.team(Long.parseLong(value.substring(TEAM.length())));
            }
            if (value != null && value.startsWith(USER)) {
                return OwnerFilter.user(Long.parseLong(value.substring(USER.length())));
            }
        } catch (NumberFormatException e) {
            return OwnerFilter.visible();
        }
        return OwnerFilter.visible();
    }

    /** Returns the value of the team a Manager leads, to preselect it. */
    static String teamOf(long managerId) {
        return TEAM + managerId;
    }
}
