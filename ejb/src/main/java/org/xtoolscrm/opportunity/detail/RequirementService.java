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
 * Reads and writes the requirements of a deal. Any user who may see the deal may read,
 * add, edit and delete its requirements, including those other users added. Every change
 * writes the change log, and deleting moves the requirement to the recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class RequirementService {

    private static final Logger LOG = Logger.getLogger(RequirementService.class.getName());

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
     * Counts the live requirements of a deal the caller may see.
     *
     * @throws RecordNotFoundException when the deal is not visible
     */
    public long count(long opportunityId) {
        access.deal(opportunityId);
        return em.createQuery("SELECT COUNT(r) FROM Requirement r WHERE r.opportunityId = :deal "
                        + "AND r.deletionId IS NULL", Long.class)
                .setParameter("deal", opportunityId)
                .getSingleResult();
    }

    /**
     * Returns one page of the live requirements of a deal the caller may see: the most
     * important first, then the newest.
     *
     * @throws RecordNotFoundException when the deal is not visible
     */
    public List<RequirementRow> findPage(long opportunityId, int first, int pageSize) {
        access.deal(opportunityId);
        return em.createQuery("SELECT NEW org.xtoolscrm.opportunity.detail.RequirementRow(r.id, r.title, "
                        + "r.description, r.importance, u.displayName, r.createdAt, r.updatedAt, r.version) "
                        + "FROM Requirement r JOIN r.createdBy u "
                        + "WHERE r.opportunityId = :deal AND r.deletionId IS NULL "
                        + "ORDER BY r.importanceRank DESC, r.createdAt DESC, r.id DESC", RequirementRow.class)
                .setParameter("deal", opportunityId)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    /**
     * Returns a live requirement of a deal the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or its deal is not visible
     */
    public Requirement get(long id) {
        return access.load(Requirement.class, Requirement.AUDIT_TYPE, id);
    }

    /**
     * Adds a requirement, added by the caller, to a deal the caller may see.
     *
     * @throws RecordNotFoundException when the deal is not visible
     * @throws InvalidDetailException  with every broken rule of the form
     */
    public Requirement create(long opportunityId, RequirementForm form) {
        Opportunity deal = access.deal(opportunityId);
        check(form);

        Requirement requirement = new Requirement(deal, access.currentUser());
        RequirementRules.apply(form, requirement);
        em.persist(requirement);
        em.flush();
        changeLog.created(requirement);

        LOG.info(() -> "Requirement " + requirement.getId() + " added to opportunity " + opportunityId + " by "
                + caller.getName());
        return requirement;
    }

    /**
     * Saves the form over a requirement the caller may see.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleDetailException    when someone saved the requirement since then
     * @throws RecordNotFoundException when it is gone, such as deleted in the meantime
     * @throws InvalidDetailException  with every broken rule of the form
     */
    public Requirement update(long id, int version, RequirementForm form) {
        Requirement requirement = access.loadCurrent(Requirement.class, Requirement.AUDIT_TYPE, id, version);
        check(form);

        Map<String, Object> before = ChangeLog.snapshot(requirement);
        RequirementRules.apply(form, requirement);
        access.flush(Requirement.AUDIT_TYPE, id);
        changeLog.updated(requirement, before);

        LOG.info(() -> "Requirement " + id + " updated by " + caller.getName());
        return requirement;
    }

    /**
     * Moves a requirement the caller may see to the recycle bin.
     *
     * @throws StaleDetailException when someone saved it since the caller loaded it
     */
    public void delete(long id, int version) {
        Requirement requirement = access.loadCurrent(Requirement.class, Requirement.AUDIT_TYPE, id, version);
        recycleBin.delete(BinRecordType.REQUIREMENT, requirement, requirement.getTitle(),
                requirement.getCustomerId());
    }

    /** Returns the change log of a requirement the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        get(id);
        return changeLog.history(Requirement.AUDIT_TYPE, id);
    }

    private static void check(RequirementForm form) {
        List<DetailProblem> problems = RequirementRules.problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidDetailException(problems);
        }
    }
}
