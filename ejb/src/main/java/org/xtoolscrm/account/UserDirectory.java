package org.xtoolscrm.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The enabled accounts, for pickers such as "share with" and "transfer to". Names
 * and roles of colleagues are not records under the visibility rules, so every
 * user may list them.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class UserDirectory {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    public List<User> enabledUsers() {
        return em.createQuery("SELECT u FROM User u WHERE u.enabled = TRUE ORDER BY u.displayName, u.id", User.class)
                .getResultList();
    }

    /** Returns every account, enabled or not, for the Boss's hand-over page. */
    @RolesAllowed(Role.BOSS_NAME)
    public List<User> allUsers() {
        return em.createQuery("SELECT u FROM User u ORDER BY u.enabled DESC, u.displayName, u.id", User.class)
                .getResultList();
    }
}
