package org.xtoolscrm.customer;

/**
 * Fired in the transaction of a transfer or a hand-over, so that features whose
 * records follow the customer's owner, such as open tasks and coming schedules, move
 * them along.
 *
 * @param customerId  the transferred customer, or null for a hand-over of every
 *                    customer of {@code fromOwnerId}
 * @param fromOwnerId the previous owner
 * @param toOwnerId   the new owner
 */
public record CustomerTransferred(Long customerId, long fromOwnerId, long toOwnerId) {

    /** Returns whether this is a hand-over of all of a user's customers rather than one transfer. */
    public boolean isHandOver() {
        return customerId == null;
    }
}
