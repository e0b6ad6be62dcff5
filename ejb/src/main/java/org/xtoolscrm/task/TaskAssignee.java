package org.xtoolscrm.task;

import java.io.Serializable;

/**
 * Whose tasks a list shows: the caller's, one user's, or every task the caller may see.
 * The caller's access rules apply on top in every case, so naming a user outside the
 * caller's scope shows only the tasks on customers the caller may see.
 *
 * @param userId the user for {@link Kind#USER}, null otherwise
 */
public record TaskAssignee(Kind kind, Long userId) implements Serializable {

    public enum Kind {
        /** The tasks assigned to the caller. */
        CALLER,
        /** The tasks assigned to one user. */
        USER,
        /** Every task the caller may see. */
        SCOPE
    }

    public TaskAssignee {
        if (kind == null || (kind == Kind.USER) != (userId != null)) {
            throw new IllegalArgumentException("A user id belongs to Kind.USER only: " + kind + ", " + userId);
        }
    }

    public static TaskAssignee caller() {
        return new TaskAssignee(Kind.CALLER, null);
    }

    public static TaskAssignee user(long userId) {
        return new TaskAssignee(Kind.USER, userId);
    }

    public static TaskAssignee scope() {
        return new TaskAssignee(Kind.SCOPE, null);
    }
}
