package org.xtoolscrm.opportunity.detail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.opportunity.Opportunity;

/**
 * Reads and writes the competitors of a deal. Any user who may see the deal may read,
 * add, edit and delete its competitors, including those other users added. Every change
 * writes the change log, and deleting moves the competitor to the recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class CompetitorService {

    private static final Logger LOG = Logger.getLogger(CompetitorService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private DetailAccess access;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /**
     * Counts the live competitors of a deal the caller may see.
     *
     * @throws RecordNotFoundException when the deal is not visible
     */
    public long count(long opportunityId) {
        access.deal(opportunityId);
        return em.createQuery("SELECT COUNT(c) FROM Competitor c WHERE c.opportunityId = :deal "
                        + "AND c.deletionId IS NULL", Long.class)
                .setParameter("deal", opportunityId)
                .getSingleResult();
    }

    /**
     * Returns one page of the live competitors of a deal the caller may see, by name.
     *
     * @throws RecordNotFoundException when the deal is not visible
     */
    public List<CompetitorRow> findPage(long opportunityId, int first, int pageSize) {
        access.deal(opportunityId);
        return em.createQuery("SELECT NEW org.xtoolscrm.opportunity.detail.CompetitorRow(c.id, c.name, "
                        + "c.strengths, c.weaknesses, c.price, c.currency, u.displayName, c.updatedAt, c.version) "
                        + "FROM Competitor c JOIN c.createdBy u "
                        + "WHERE c.opportunityId = :deal AND c.deletionId IS NULL "
                        + "ORDER BY c.name, c.id", CompetitorRow.class)
                .setParameter("deal", opportunityId)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    /**
     * Returns a live competitor of a deal the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or its deal is not visible
     */
    public Competitor get(long id) {
        return access.load(Competitor.class, Competitor.AUDIT_TYPE, id);
    }

    /**
     * Adds a competitor, added by the caller, to a deal the caller may see.
     *
     * @throws RecordNotFoundException when the deal is not visible
     * @throws InvalidDetailException  with every broken rule of the form
     */
    public Competitor create(long opportunityId, CompetitorForm form) {
        Opportunity deal = access.deal(opportunityId);
        check(form);

        Competitor competitor = new Competitor(deal, access.currentUser());
        CompetitorRules.apply(form, competitor);
        em.persist(competitor);
        em.flush();
        changeLog.created(competitor);

        LOG.info(() -> "Competitor " + competitor.getId() + " added to opportunity " + opportunityId + " by "
                + caller.getName());
        return competitor;
    }

    /**
     * Saves the form over a competitor the caller may see.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleDetailException    when someone saved the competitor since then
     * @throws RecordNotFoundException when it is gone, such as deleted in the meantime
     * @throws InvalidDetailException  with every broken rule of the form
     */
    public Competitor update(long id, int version, CompetitorForm form) {
        Competitor competitor = access.loadCurrent(Competitor.class, Competitor.AUDIT_TYPE, id, version);
        check(form);

        Map<String, Object> before = ChangeLog.snapshot(competitor);
        CompetitorRules.apply(form, competitor);
        access.flush(Competitor.AUDIT_TYPE, id);
        changeLog.updated(competitor, before);

        LOG.info(() -> "Competitor " + id + " updated by " + caller.getName());
        return competitor;
    }

    /**
     * Moves a competitor the caller may see to the recycle bin.
     *
     * @throws StaleDetailException when someone saved it since the caller loaded it
     */
    public void delete(long id, int version) {
        Competitor competitor = access.loadCurrent(Competitor.class, Competitor.AUDIT_TYPE, id, version);
        recycleBin.delete(BinRecordType.COMPETITOR, competitor, competitor.getName(),
                competitor.getCustomerId());
    }

    /** Returns the change log of a competitor the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        get(id);
        return changeLog.history(Competitor.AUDIT_TYPE, id);
    }

    private static void check(CompetitorForm form) {
        List<DetailProblem> problems = CompetitorRules.problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidDetailException(problems);
        }
    }
}
