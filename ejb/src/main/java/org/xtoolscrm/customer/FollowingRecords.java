package org.xtoolscrm.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.ChangeAction;

/**
 * Records of one table that follow their customer to its new owner: the previous owner's
 * live records that are still open. Other users' records on the customer stay with them,
 * and so does the previous owner's finished work. A hand-over moves the previous owner's
 * open records on every customer the new owner now owns; records without a customer stay.
 *
 * <p>Each moved record gets a TRANSFER entry in the change log, from the previous owner's
 * login to the new owner's, and a new version, so a dialog open on it reports a stale edit.
 * The statements are native SQL, because JPQL has no INSERT ... SELECT to write the change
 * log entries. They run in the transfer's transaction.
 */
public final class FollowingRecords {

    private static final Logger LOG = Logger.getLogger(FollowingRecords.class.getName());

    private final String table;
    private final String auditType;
    private final String stillOpen;
    private final String alsoSet;

    /**
     * Describes the records of a table that follow the customer.
     *
     * @param table     the table, with columns id, customer_id, owner_id, deletion_id,
     *                  updated_at and version
     * @param auditType the entity type of the records in the change log
     * @param stillOpen the SQL condition of a record that is still open; each {@code ?} in it
     *                  is bound to the time of the transfer
     * @param alsoSet   further assignments of the UPDATE, such as a reset flag, or an empty string
     */
    public FollowingRecords(String table, String auditType, String stillOpen, String alsoSet) {
        this.table = table;
        this.auditType = auditType;
        this.stillOpen = stillOpen;
        this.alsoSet = alsoSet.isBlank() ? "" : alsoSet + ", ";
    }

    /**
     * Moves the open records of the transfer's previous owner to the new owner and logs
     * each move.
     *
     * @param caller the login of the user who made the transfer, for the change log
     * @return the number of records moved
     */
    public int move(EntityManager em, CustomerTransferred transfer, String caller) {
        em.flush();
        Timestamp now = Timestamp.from(Instant.now());
        String moving = "deletion_id IS NULL AND owner_id = ? AND " + stillOpen + " AND "
                + (transfer.isHandOver() ? "customer_id IN (SELECT id FROM customer WHERE owner_id = ?)"
                : "customer_id = ?");
        long customerValue = transfer.isHandOver() ? transfer.toOwnerId() : transfer.customerId();
        int openParameters = (int) stillOpen.chars().filter(c -> c == '?').count();

        Query log = em.createNativeQuery("INSERT INTO change_log (entity_type, entity_id, action, field_name, "
                + "old_value, new_value, changed_by, changed_at) SELECT ?, id, ?, 'owner', ?, ?, ?, ? FROM "
                + table + " WHERE " + moving);
        int position = bind(log, 1, auditType, ChangeAction.TRANSFER.name(), login(em, transfer.fromOwnerId()),
                login(em, transfer.toOwnerId()), caller, now, transfer.fromOwnerId());
        position = bindOpen(log, position, openParameters, now);
        bind(log, position, customerValue);
        log.executeUpdate();

        Query update = em.createNativeQuery("UPDATE " + table + " SET owner_id = ?, " + alsoSet
                + "updated_at = ?, version = version + 1 WHERE " + moving);
        position = bind(update, 1, transfer.toOwnerId(), now, transfer.fromOwnerId());
        position = bindOpen(update, position, openParameters, now);
        bind(update, position, customerValue);
        int moved = update.executeUpdate();

        LOG.info(() -> moved + " open " + table + " row(s) moved from user " + transfer.fromOwnerId() + " to user "
                + transfer.toOwnerId() + (transfer.isHandOver() ? " by a hand-over"
                : " with customer " + transfer.customerId()) + ", by " + caller);
        return moved;
    }

    private static int bind(Query query, int first, Object... values) {
        int position = first;
        for (Object value : values) {
            query.setParameter(position++, value);
        }
        return position;
    }

    private static int bindOpen(Query query, int first, int count, Timestamp now) {
        int position = first;
        for (int i = 0; i < count; i++) {
            query.setParameter(position++, now);
        }
        return position;
    }

    private static String login(EntityManager em, long userId) {
        User user = em.find(User.class, userId);
        return user == null ? String.valueOf(userId) : user.getLogin();
    }
}
