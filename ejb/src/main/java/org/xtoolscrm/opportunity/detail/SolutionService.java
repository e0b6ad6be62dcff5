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
 * Reads and writes the solutions of a deal. Any user who may see the deal may read,
 * add, edit and delete its solutions, including those other users added. Every change
 * writes the change log, and deleting moves the solution to the recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class SolutionService {

    private static final Logger LOG = Logger.getLogger(SolutionService.class.getName());

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
     * Counts the live solutions of a deal the caller may see.
     *
     * @throws RecordNotFoundException when the deal is not visible
     */
    public long count(long opportunityId) {
        access.deal(opportunityId);
        return em.createQuery("SELECT COUNT(s) FROM Solution s WHERE s.opportunityId = :deal "
                        + "AND s.deletionId IS NULL", Long.class)
                .setParameter("deal", opportunityId)
                .getSingleResult();
    }

    /**
     * Returns one page of the live solutions of a deal the caller may see, newest first.
     *
     * @throws RecordNotFoundException when the deal is not visible
     */
    public List<SolutionRow> findPage(long opportunityId, int first, int pageSize) {
        access.deal(opportunityId);
        return em.createQuery("SELECT NEW org.xtoolscrm.opportunity.detail.SolutionRow(s.id, s.title, "
                        + "s.description, u.displayName, s.createdAt, s.updatedAt, s.version) "
                        + "FROM Solution s JOIN s.createdBy u "
                        + "WHERE s.opportunityId = :deal AND s.deletionId IS NULL "
                        + "ORDER BY s.createdAt DESC, s.id DESC", SolutionRow.class)
                .setParameter("deal", opportunityId)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    /**
     * Returns a live solution of a deal the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or its deal is not visible
     */
    public Solution get(long id) {
        return access.load(Solution.class, Solution.AUDIT_TYPE, id);
    }

    /**
     * Adds a solution, added by the caller, to a deal the caller may see.
     *
     * @throws RecordNotFoundException when the deal is not visible
     * @throws InvalidDetailException  with every broken rule of the form
     */
    public Solution create(long opportunityId, SolutionForm form) {
        Opportunity deal = access.deal(opportunityId);
        check(form);

        Solution solution = new Solution(deal, access.currentUser());
        SolutionRules.apply(form, solution);
        em.persist(solution);
        em.flush();
        changeLog.created(solution);

        LOG.info(() -> "Solution " + solution.getId() + " added to opportunity " + opportunityId + " by "
                + caller.getName());
        return solution;
    }

    /**
     * Saves the form over a solution the caller may see.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleDetailException    when someone saved the solution since then
     * @throws RecordNotFoundException when it is gone, such as deleted in the meantime
     * @throws InvalidDetailException  with every broken rule of the form
     */
    public Solution update(long id, int version, SolutionForm form) {
        Solution solution = access.loadCurrent(Solution.class, Solution.AUDIT_TYPE, id, version);
        check(form);

        Map<String, Object> before = ChangeLog.snapshot(solution);
        SolutionRules.apply(form, solution);
        access.flush(Solution.AUDIT_TYPE, id);
        changeLog.updated(solution, before);

        LOG.info(() -> "Solution " + id + " updated by " + caller.getName());
        return solution;
    }

    /**
     * Moves a solution the caller may see to the recycle bin.
     *
     * @throws StaleDetailException when someone saved it since the caller loaded it
     */
    public void delete(long id, int version) {
        Solution solution = access.loadCurrent(Solution.class, Solution.AUDIT_TYPE, id, version);
        recycleBin.delete(BinRecordType.SOLUTION, solution, solution.getTitle(),
                solution.getCustomerId());
    }

    /** Returns the change log of a solution the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        get(id);
        return changeLog.history(Solution.AUDIT_TYPE, id);
    }

    private static void check(SolutionForm form) {
        List<DetailProblem> problems = SolutionRules.problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidDetailException(problems);
        }
    }
}
