package org.xtoolscrm.opportunity;

import java.io.Serializable;

/**
 * Whose deals a list, the board, the funnel or the forecast covers, within what the caller
 * may see: everything visible, one user's deals, or a team's (a Manager with everyone below
 * them in the reporting line).
 *
 * @param userId the user, or the team's Manager; null for {@link Kind#VISIBLE}
 */
public record OwnerFilter(Kind kind, Long userId) implements Serializable {

    public enum Kind {
        VISIBLE,
        USER,
        TEAM
    }

    public OwnerFilter {
        if (kind != Kind.VISIBLE && userId == null) {
            throw new IllegalArgumentException(kind + " needs a user id");
        }
    }

    public static OwnerFilter visible() {
        return new OwnerFilter(Kind.VISIBLE, null);
    }

    public static OwnerFilter user(long userId) {
        return new OwnerFilter(Kind.USER, userId);
    }

    public static OwnerFilter team(long managerId) {
        return new OwnerFilter(Kind.TEAM, managerId);
    }
}
