package org.xtoolscrm.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Returns whether the caller's account is still enabled and still has the role
     * the session was granted at login. A session outlives a disable or a role change,
     * because the realm checks the account only at login, so the web layer asks this
     * on every request and ends a session that no longer matches.
     */
    public boolean isCallerCurrent() {
        String login = context.getCallerPrincipal().getName();
        List<User> users = em.createQuery("SELECT u FROM User u WHERE u.login = :login", User.class)
                .setParameter("login", login)
                .getResultList();
        if (users.isEmpty() || !users.get(0).isEnabled()) {
            return false;
        }
        Role role = users.get(0).getRole();
        for (Role other : Role.values()) {
            if (context.isCallerInRole(other.name()) != (other == role)) {
                return false;
            }
        }
        return true;
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

    /**
     * Lists the enabled users who can see a record of the given owner, and why: the
     * owner, the owner's superiors up the reporting line (a Manager sees their team's
     * records), every Boss, and the users the record is shared with. A user appears
     * once, with the first reason in that order.
     */
    public List<AccessGrant> whoCanSee(User owner, Collection<Long> sharedWithIds) {
        Map<Long, AccessGrant> grants = new LinkedHashMap<>();
        add(grants, owner, AccessReason.OWNER);

        for (User superior = owner.getSuperior(); superior != null; superior = superior.getSuperior()) {
            add(grants, superior, superior.getRole() == Role.BOSS ? AccessReason.BOSS : AccessReason.SUPERIOR);
        }
        em.createQuery("SELECT u FROM User u WHERE u.role = :boss ORDER BY u.displayName, u.id", User.class)
                .setParameter("boss", Role.BOSS)
                .getResultList()
                .forEach(boss -> add(grants, boss, AccessReason.BOSS));
        if (!sharedWithIds.isEmpty()) {
            em.createQuery("SELECT u FROM User u WHERE u.id IN :ids ORDER BY u.displayName, u.id", User.class)
                    .setParameter("ids", sharedWithIds)
                    .getResultList()
                    .forEach(user -> add(grants, user, AccessReason.SHARE));
        }
        return List.copyOf(grants.values());
    }

    private static void add(Map<Long, AccessGrant> grants, User user, AccessReason reason) {
        if (user.isEnabled()) {
            grants.putIfAbsent(user.getId(), new AccessGrant(user.getId(), user.getLogin(), user.getDisplayName(),
                    user.getRole(), reason));
        }
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
