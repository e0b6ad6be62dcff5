package org.xtoolscrm.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;

/**
 * Moves records to the recycle bin and back, in the caller's transaction. A record
 * in the bin keeps its row, marked with the bin entry's id in {@code deletion_id},
 * so every read path leaves it out by filtering on {@code deletion_id IS NULL}.
 * Services check the caller's access before they call it.
 */
@Dependent
public class RecycleBin {

    private static final Logger LOG = Logger.getLogger(RecycleBin.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    /**
     * Moves a live record to the bin. For a customer, its live dependent records go
     * with it under the same entry; dependents deleted earlier keep their own entries.
     *
     * @param customerId the customer the record hangs off, or null for a customer itself
     * @return the bin entry
     */
    public DeletedRecord delete(BinRecordType type, Audited record, String label, Long customerId) {
        long recordId = record.getId();
        em.flush();
        changeLog.deleted(record);
        DeletedRecord entry = new DeletedRecord(type, record, label, customerId, changeLog.callerLogin());
        em.persist(entry);
        em.flush();

        int marked = mark(type.table(), "id", recordId, entry.getId());
        if (marked == 0) {
            throw new RecordNotFoundException(type.name(), recordId);
        }
        if (type == BinRecordType.CUSTOMER) {
            for (BinRecordType dependent : BinRecordType.customerDependents()) {
                int count = mark(dependent.table(), dependent.customerColumn(), recordId, entry.getId());
                LOG.fine(() -> count + " " + dependent + " records of customer " + recordId + " moved to the bin");
            }
        }
        // The entities loaded before the update still show the record as live.
        em.refresh(record);
        LOG.info(() -> type + " " + recordId + " moved to the recycle bin as entry " + entry.getId() + " by "
                + entry.getDeletedBy());
        return entry;
    }

    /**
     * Brings back the records of a bin entry. A record whose customer is itself in the
     * bin cannot come back alone.
     *
     * @throws RecordNotFoundException when the entry does not exist
     * @throws RestoreBlockedException when the record's customer is in the bin
     */
    public void restore(long entryId) {
        DeletedRecord entry = em.find(DeletedRecord.class, entryId);
        if (entry == null) {
            throw new RecordNotFoundException("RecycleBinEntry", entryId);
        }
        if (entry.getCustomerId() != null && customerInBin(entry.getCustomerId())) {
            throw new RestoreBlockedException(entry.getLabel());
        }
        em.flush();
        for (BinRecordType type : BinRecordType.values()) {
            em.createNativeQuery("UPDATE " + type.table() + " SET deletion_id = NULL WHERE deletion_id = ?")
                    .setParameter(1, entryId)
                    .executeUpdate();
        }
        changeLog.event(entry.getAuditType(), entry.getRecordId(), ChangeAction.RESTORE, null,
                null, entry.getLabel());
        em.remove(entry);
        LOG.info(() -> entry.getRecordType() + " " + entry.getRecordId() + " restored from the recycle bin by "
                + changeLog.callerLogin());
    }

    /** Returns the newest entries first. The caller checks that the user may read the bin. */
    public List<DeletedRecord> entries(int first, int max) {
        return em.createQuery("SELECT d FROM DeletedRecord d ORDER BY d.deletedAt DESC, d.id DESC",
                        DeletedRecord.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** Counts the entries of the bin. */
    public long count() {
        return em.createQuery("SELECT COUNT(d) FROM DeletedRecord d", Long.class).getSingleResult();
    }

    private int mark(String table, String column, long value, long entryId) {
        return em.createNativeQuery("UPDATE " + table + " SET deletion_id = ? WHERE " + column
                        + " = ? AND deletion_id IS NULL")
                .setParameter(1, entryId)
                .setParameter(2, value)
                .executeUpdate();
    }

    private boolean customerInBin(long customerId) {
        List<?> rows = em.createNativeQuery("SELECT deletion_id FROM customer WHERE id = ?")
                .setParameter(1, customerId)
                .getResultList();
        return rows.isEmpty() || rows.get(0) != null;
    }
}
