package org.xtoolscrm.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;

/**
 * Decides who sees what. Every list, search and load by id goes through the scope
 * this bean computes from the current caller; no page or job decides on its own.
 *
 * <p>A Boss sees everything. A Manager sees their own records and those of everyone
 * below them in the reporting line. A salesperson sees their own. The scope is
 * computed per call from the database, so a change of superior takes effect at once.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class AccessService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Returns the scope of the authenticated caller. */
    public AccessScope currentScope() {
        return scopeOf(currentUser());
    }

    /** Returns the account of the authenticated caller. */
    public User currentUser() {
        String login = context.getCallerPrincipal().getName();
        List<User> users = em.createQuery("SELECT u FROM User u WHERE u.login = :login", User.class)
                .setParameter("login", login)
                .getResultList();
        if (users.isEmpty()) {
            throw new IllegalStateException("No account for the authenticated login " + login);
        }
        return users.get(0);
    }

    /** Returns the scope of the given account. */
    public AccessScope scopeOf(User user) {
        if (user.getRole() == Role.BOSS) {
            return AccessScope.everything(user.getId());
        }

        Set<Long> owners = new HashSet<>();
        owners.add(user.getId());
        if (user.getRole() == Role.MANAGER) {
            owners.addAll(subordinatesOf(user.getId()));
        }
        return AccessScope.owners(user.getId(), owners);
    }

    /** Collects everyone below the user in the reporting line, level by level. */
    private Set<Long> subordinatesOf(long userId) {
        Set<Long> found = new HashSet<>();
        List<Long> level = List.of(userId);

        while (!level.isEmpty()) {
            List<Long> next = em.createQuery(
                            "SELECT u.id FROM User u WHERE u.superior.id IN :ids", Long.class)
                    .setParameter("ids", level)
                    .getResultList();
            next = next.stream().filter(found::add).toList();
            level = next;
        }
        return found;
    }
}
