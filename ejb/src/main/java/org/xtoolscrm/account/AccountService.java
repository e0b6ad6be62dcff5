package org.xtoolscrm.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.audit.ChangeLog;

/** Accounts: creating them (Boss only) and looking them up within the caller's scope. */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @Inject
    private ChangeLog changeLog;

    /** Creates an account after checking login, password and reporting line. */
    @RolesAllowed(Role.BOSS_NAME)
    public User create(NewAccount account) {
        AccountRules.checkLogin(account.login());
        AccountRules.checkPassword(account.login(), account.password());
        if (account.displayName() == null || account.displayName().isBlank()) {
            throw new InvalidAccountException("displayName", "Enter the user's name.");
        }
        if (findByLogin(account.login()).isPresent()) {
            throw new InvalidAccountException("login",
                    "Login '" + account.login() + "' is taken: choose another one.");
        }

        User superior = account.superiorId() == null ? null : em.find(User.class, account.superiorId());
        AccountRules.checkSuperior(account.role(), superior == null ? null : superior.getRole());

        User user = new User(account.login(), account.displayName().strip(), account.role(),
                PasswordHasher.hash(account.password()));
        user.setSuperior(superior);
        user.setMobile(account.mobile());
        user.setEmail(account.email());
        em.persist(user);
        em.flush();
        changeLog.created(user);

        LOG.info(() -> "Account " + user.getLogin() + " (" + user.getRole() + ") created by "
                + access.currentUser().getLogin());
        return user;
    }

    public Optional<User> findByLogin(String login) {
        return em.createQuery("SELECT u FROM User u WHERE u.login = :login", User.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    /**
     * Returns the enabled accounts that may own the caller's new records: everyone
     * for a Boss, the Manager and their team for a Manager, oneself for a salesperson.
     */
    public List<User> assignableOwners() {
        AccessScope scope = access.currentScope();
        String jpql = "SELECT u FROM User u WHERE u.enabled = TRUE"
                + (scope.all() ? "" : " AND u.id IN :owners")
                + " ORDER BY u.displayName, u.id";
        var query = em.createQuery(jpql, User.class);
        if (!scope.all()) {
            query.setParameter("owners", scope.ownerIds());
        }
        return query.getResultList();
    }
}
