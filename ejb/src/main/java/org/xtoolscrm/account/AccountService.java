package org.xtoolscrm.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeLog;

/**
 * Accounts: creating, editing, disabling and enabling them (Boss only), and looking them
 * up within the caller's scope. Every change writes the change log in the same transaction.
 */
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

    /** Creates an enabled account after checking its fields, the reporting line and the seat count. */
    @RolesAllowed(Role.BOSS_NAME)
    public User create(NewAccount account) {
        AccountRules.checkLogin(account.login());
        String name = AccountRules.checkDisplayName(account.displayName());
        AccountRules.checkRole(account.role());
        String mobile = AccountRules.normalizeMobile(account.mobile());
        String email = AccountRules.normalizeEmail(account.email());
        AccountRules.checkPassword(account.login(), account.password());
        if (findByLogin(account.login()).isPresent()) {
            throw new InvalidAccountException(AccountError.LOGIN_TAKEN, account.login());
        }
        User superior = superiorFor(null, account.role(), account.superiorId());
        AccountRules.checkSeatAvailable(EnabledAccounts.lockAll(em), SeatCount.configured());

        User user = new User(account.login(), name, account.role(), PasswordHasher.hash(account.password()));
        user.setSuperior(superior);
        user.setMobile(mobile);
        user.setEmail(email);
        em.persist(user);
        em.flush();
        changeLog.created(user);

        LOG.info(() -> "Account " + user.getId() + " (" + user.getLogin() + ", " + user.getRole()
                + ") created by " + access.currentUser().getLogin());
        return user;
    }

    /**
     * Changes an account's name, role, superior, mobile number and e-mail address. A role
     * change must leave every subordinate with a valid superior and at least one enabled Boss.
     *
     * @throws InvalidAccountException with {@link AccountError#STALE_EDIT} when someone changed
     *                                 the account after the edit's version was read
     */
    @RolesAllowed(Role.BOSS_NAME)
    public User update(AccountEdit edit) {
        User user = load(edit.id());
        if (user.getVersion() != edit.version()) {
            throw new InvalidAccountException(AccountError.STALE_EDIT);
        }
        String name = AccountRules.checkDisplayName(edit.displayName());
        AccountRules.checkRole(edit.role());
        String mobile = AccountRules.normalizeMobile(edit.mobile());
        String email = AccountRules.normalizeEmail(edit.email());
        if (edit.role() != user.getRole()) {
            checkRoleChange(user, edit.role());
        }
        User superior = superiorFor(user, edit.role(), edit.superiorId());

        Map<String, Object> before = ChangeLog.snapshot(user);
        user.setDisplayName(name);
        user.setRole(edit.role());
        user.setSuperior(superior);
        user.setMobile(mobile);
        user.setEmail(email);
        flush();
        changeLog.updated(user, before);

        LOG.info(() -> "Account " + user.getId() + " (" + user.getLogin() + ") changed by "
                + access.currentUser().getLogin());
        return user;
    }

    /**
     * Disables an account so that it can no longer log in; its records stay. A Boss cannot
     * disable their own account, and the last enabled Boss stays enabled.
     * An open session of the account ends at its next request (see
     * {@link org.xtoolscrm.access.AccessService#isCallerCurrent}).
     */
    @RolesAllowed(Role.BOSS_NAME)
    public User disable(long id) {
        User user = load(id);
        if (!user.isEnabled()) {
            return user;
        }
        User caller = access.currentUser();
        long enabledBosses = user.getRole() == Role.BOSS ? EnabledAccounts.lockBosses(em) : 0;
        AccountRules.checkDisable(caller.getId(), user.getId(), user.getRole(), enabledBosses);

        setEnabled(user, false);
        LOG.info(() -> "Account " + user.getId() + " (" + user.getLogin() + ") disabled by " + caller.getLogin());
        return user;
    }

    /** Enables a disabled account again, if the seat count allows one more enabled account. */
    @RolesAllowed(Role.BOSS_NAME)
    public User enable(long id) {
        User user = load(id);
        if (user.isEnabled()) {
            return user;
        }
        AccountRules.checkSeatAvailable(EnabledAccounts.lockAll(em), SeatCount.configured());

        setEnabled(user, true);
        LOG.info(() -> "Account " + user.getId() + " (" + user.getLogin() + ") enabled by "
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

    private User load(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new RecordNotFoundException("User", id);
        }
        return user;
    }

    /**
     * Returns the superior an account gets, after checking the reporting line. A new
     * superior must be enabled; an unchanged one may have been disabled since.
     *
     * @param user the account being edited, or null for a new one
     */
    private User superiorFor(User user, Role role, Long superiorId) {
        User superior = null;
        if (superiorId != null) {
            if (user != null && superiorId.equals(user.getId())) {
                throw new InvalidAccountException(AccountError.SUPERIOR_IS_SELF);
            }
            superior = em.find(User.class, superiorId);
            if (superior == null) {
                throw new InvalidAccountException(AccountError.SUPERIOR_NOT_FOUND);
            }
        }
        AccountRules.checkSuperior(role, superior == null ? null : superior.getRole());

        boolean changed = user == null || !Objects.equals(superiorId, superiorIdOf(user));
        if (superior != null && changed && !superior.isEnabled()) {
            throw new InvalidAccountException(AccountError.SUPERIOR_DISABLED, superior.getDisplayName());
        }
        return superior;
    }

    /** Checks the last-Boss rule first, since moving subordinates would not help there. */
    private void checkRoleChange(User user, Role newRole) {
        long enabledBosses = user.getRole() == Role.BOSS ? EnabledAccounts.lockBosses(em) : 0;
        AccountRules.checkDemotion(user.getRole(), newRole, user.isEnabled(), enabledBosses);

        List<Role> subordinateRoles = em.createQuery(
                        "SELECT u.role FROM User u WHERE u.superior.id = :id", Role.class)
                .setParameter("id", user.getId())
                .getResultList();
        AccountRules.checkSubordinates(newRole, subordinateRoles);
    }

    private void setEnabled(User user, boolean enabled) {
        Map<String, Object> before = ChangeLog.snapshot(user);
        user.setEnabled(enabled);
        flush();
        changeLog.updated(user, before);
    }

    /** Writes the change now, so that a concurrent change shows as a stale edit rather than a server error. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new InvalidAccountException(AccountError.STALE_EDIT);
        }
    }

    private static Long superiorIdOf(User user) {
        return user.getSuperior() == null ? null : user.getSuperior().getId();
    }
}
