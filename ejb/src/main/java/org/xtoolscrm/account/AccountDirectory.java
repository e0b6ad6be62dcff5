package org.xtoolscrm.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;

/** The Boss's view of the team: the account list, single accounts, superior choices and the org chart. */
@Stateless
@RolesAllowed(Role.BOSS_NAME)
public class AccountDirectory {

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    /** Returns the change log of an account, newest first. */
    public List<ChangeEntry> history(long id) {
        if (em.find(User.class, id) == null) {
            throw new RecordNotFoundException("User", id);
        }
        return changeLog.history("User", id);
    }

    public long count(AccountFilter filter) {
        return new AccountQuery(filter).count(em).getSingleResult();
    }

    /** Returns one page of the accounts that match the filter, sorted and sliced in the database. */
    public List<AccountRow> findPage(AccountFilter filter, AccountSortField sort, boolean ascending,
                                     int first, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        return new AccountQuery(filter)
                .rows(em, sort, ascending)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Returns one account as a row, with its current version for an edit.
     *
     * @throws RecordNotFoundException when no account has the id
     */
    public AccountRow get(long id) {
        return em.createQuery(AccountQuery.ROW + " WHERE u.id = :id", AccountRow.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("User", id));
    }

    /**
     * Returns the accounts that an account of the given role may report to: enabled Bosses
     * for a Manager, enabled Bosses and Managers for a salesperson, none for a Boss. The
     * account's current superior is included even when disabled, so an edit can keep it.
     *
     * @param accountId the account being edited, left out of the choices; null for a new account
     */
    public List<AccountRow> superiorChoices(Role role, Long accountId) {
        Set<Role> roles = switch (role) {
            case BOSS -> Set.of();
            case MANAGER -> Set.of(Role.BOSS);
            case SALES -> Set.of(Role.BOSS, Role.MANAGER);
        };
        if (roles.isEmpty()) {
            return List.of();
        }
        Long currentSuperior = accountId == null ? null : get(accountId).getSuperiorId();
        return em.createQuery(AccountQuery.ROW + " WHERE u.role IN :roles AND (u.enabled = TRUE OR u.id = :current)"
                        + " AND u.id <> :self ORDER BY u.role, u.displayName, u.id", AccountRow.class)
                .setParameter("roles", roles)
                .setParameter("current", currentSuperior == null ? -1L : currentSuperior)
                .setParameter("self", accountId == null ? -1L : accountId)
                .getResultList();
    }

    /** Returns every Boss and Manager, enabled or not, for the superior filter of the list. */
    public List<AccountRow> superiors() {
        return em.createQuery(AccountQuery.ROW + " WHERE u.role IN :roles ORDER BY u.role, u.displayName, u.id",
                        AccountRow.class)
                .setParameter("roles", Set.of(Role.BOSS, Role.MANAGER))
                .getResultList();
    }

    /** Returns every account, disabled ones included, for drawing the reporting line as a tree. */
    public List<AccountRow> orgChart() {
        return new ArrayList<>(em.createQuery(AccountQuery.ROW + " ORDER BY u.role, u.displayName, u.id",
                AccountRow.class).getResultList());
    }
}
