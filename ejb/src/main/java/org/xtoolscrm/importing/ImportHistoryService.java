package org.xtoolscrm.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;

/**
 * Reads the records of customer imports. A caller sees the imports whose owner is
 * in their access scope and the ones they started themselves; a Boss sees all,
 * including CLI imports whose owner was invalid.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ImportHistoryService {

    /** The maximum number of problem rows read for one import in one call. */
    public static final int MAX_PROBLEMS = 100_000;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    /** Returns the most recent imports the caller may see, newest first. */
    public List<CustomerImport> recentImports(int max) {
        User caller = access.currentUser();
        AccessScope scope = access.scopeOf(caller);

        String jpql = "SELECT i FROM CustomerImport i"
                + (scope.all() ? "" : " WHERE i.ownerId IN :owners OR i.startedBy = :login")
                + " ORDER BY i.startedAt DESC, i.jobInstanceId DESC";
        TypedQuery<CustomerImport> query = em.createQuery(jpql, CustomerImport.class);
        if (!scope.all()) {
            query.setParameter("owners", scope.ownerIds()).setParameter("login", caller.getLogin());
        }
        return query.setMaxResults(max).getResultList();
    }

    /**
     * Returns an import the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist or is outside the caller's scope
     */
    public CustomerImport getVisible(long jobInstanceId) {
        User caller = access.currentUser();
        AccessScope scope = access.scopeOf(caller);
        CustomerImport found = em.find(CustomerImport.class, jobInstanceId);

        boolean visible = found != null
                && (scope.canSee(found.getOwnerId()) || caller.getLogin().equals(found.getStartedBy()));
        if (!visible) {
            throw new RecordNotFoundException("Import", jobInstanceId);
        }
        return found;
    }

    /** Returns the rows of an import that were not imported, in file order. */
    public List<ImportProblem> problems(long jobInstanceId, int first, int max) {
        getVisible(jobInstanceId);
        return em.createQuery("SELECT p FROM ImportProblem p WHERE p.jobInstanceId = :instance "
                        + "ORDER BY p.fileRow, p.id", ImportProblem.class)
                .setParameter("instance", jobInstanceId)
                .setFirstResult(first)
                .setMaxResults(Math.min(max, MAX_PROBLEMS))
                .getResultList();
    }

    public long countProblems(long jobInstanceId) {
        getVisible(jobInstanceId);
        return em.createQuery("SELECT COUNT(p) FROM ImportProblem p WHERE p.jobInstanceId = :instance",
                        Long.class)
                .setParameter("instance", jobInstanceId)
                .getSingleResult();
    }
}
