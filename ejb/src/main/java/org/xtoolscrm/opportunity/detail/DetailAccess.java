package org.xtoolscrm.opportunity.detail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.User;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityService;

/**
 * Loads the deals and records that the services of this package work on. Every load
 * checks the caller's access through {@link OpportunityService#get}, the one rule for
 * deals: a record is visible exactly when it is live and its deal is visible. A record
 * that is not visible raises the same {@link RecordNotFoundException} as one that does
 * not exist.
 */
@Dependent
public class DetailAccess {

    private static final Logger LOG = Logger.getLogger(DetailAccess.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private AccessService access;

    /**
     * Returns a live deal the caller may see.
     *
     * @throws RecordNotFoundException when the deal does not exist, is in the recycle bin or is not visible
     */
    Opportunity deal(long opportunityId) {
        return opportunities.get(opportunityId);
    }

    /**
     * Returns a live record whose deal the caller may see.
     *
     * @param kind the record's kind as the change log names it, for the exception
     * @throws RecordNotFoundException naming the record, when it does not exist, is in the
     *                                 recycle bin, or its deal is gone or not visible
     */
    <T extends OpportunityDetail> T load(Class<T> type, String kind, long id) {
        T record = em.find(type, id);
        if (record == null || record.isDeleted()) {
            throw new RecordNotFoundException(kind, id);
        }
        try {
            opportunities.get(record.getOpportunityId());
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> kind + " " + id + " not found: its deal " + record.getOpportunityId() + " is not visible");
            throw new RecordNotFoundException(kind, id);
        }
        return record;
    }

    /**
     * Returns a live record whose deal the caller may see, at the version the caller loaded.
     *
     * @throws StaleDetailException when the record was saved since that version
     */
    <T extends OpportunityDetail> T loadCurrent(Class<T> type, String kind, long id, int version) {
        T record = load(type, kind, id);
        if (record.getVersion() != version) {
            throw new StaleDetailException(kind, id);
        }
        return record;
    }

    /**
     * Locks the deal's row until the transaction ends, so that changes that must see every
     * quote of the deal, such as numbering a new quote or accepting one, run one at a time.
     */
    void lockDeal(long opportunityId) {
        em.find(Opportunity.class, opportunityId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Writes the changes now, so that a concurrent save of the same version raises a stale edit, not a server error. */
    void flush(String kind, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDetailException(kind, id);
        }
    }

    User currentUser() {
        return access.currentUser();
    }
}
