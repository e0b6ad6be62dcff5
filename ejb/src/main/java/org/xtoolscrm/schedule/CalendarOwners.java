package org.xtoolscrm.schedule;

import java.io.Serializable;

/**
 * Whose calendar a range query reads: the caller's own, one user's in the caller's
 * scope, or the caller's whole scope (a Manager's team, everyone for a Boss).
 *
 * @param kind   which of the three
 * @param userId the user for {@link Kind#USER}, else null
 */
public record CalendarOwners(Kind kind, Long userId) implements Serializable {

    public enum Kind {
        SELF,
        USER,
        TEAM
    }

    public CalendarOwners {
        if (kind == null || (kind == Kind.USER) != (userId != null)) {
            throw new IllegalArgumentException("A user id goes with USER and with nothing else: " + kind + " " + userId);
        }
    }

    public static CalendarOwners self() {
        return new CalendarOwners(Kind.SELF, null);
    }

    public static CalendarOwners user(long userId) {
        return new CalendarOwners(Kind.USER, userId);
    }

    public static CalendarOwners team() {
        return new CalendarOwners(Kind.TEAM, null);
    }
}
