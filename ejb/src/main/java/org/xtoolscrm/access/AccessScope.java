package org.xtoolscrm.access;

import java.util.Set;

/**
 * The owners whose records a user may see: everyone for a Boss, otherwise the
 * user and their subordinates.
 *
 * @param userId   the user this scope belongs to
 * @param all      true when every record is visible
 * @param ownerIds the visible owners when {@code all} is false; contains {@code userId}
 */
public record AccessScope(long userId, boolean all, Set<Long> ownerIds) {

    public AccessScope {
        ownerIds = Set.copyOf(ownerIds);
    }

    public static AccessScope everything(long userId) {
        return new AccessScope(userId, true, Set.of(userId));
    }

    public static AccessScope owners(long userId, Set<Long> ownerIds) {
        return new AccessScope(userId, false, ownerIds);
    }

    /** Returns whether a record owned by {@code ownerId} is visible in this scope. */
    public boolean canSee(Long ownerId) {
        return all || (ownerId != null && ownerIds.contains(ownerId));
    }
}
