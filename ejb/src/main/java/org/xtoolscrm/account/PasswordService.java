package org.xtoolscrm.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeLog;

/**
 * Passwords: a Boss resets anyone's, every user changes their own. The change log records
 * that the password changed and who changed it, never the password or its hash.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class PasswordService {

    /** The field name under which the change log records a password change, with no values. */
    public static final String LOGGED_FIELD = "password";

    private static final Logger LOG = Logger.getLogger(PasswordService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @Inject
    private ChangeLog changeLog;

    /** Sets a new password on any account, for example when its user forgot theirs. */
    @RolesAllowed(Role.BOSS_NAME)
    public void reset(long userId, String newPassword) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new RecordNotFoundException("User", userId);
        }
        AccountRules.checkPassword(user.getLogin(), newPassword);

        store(user, newPassword);
        LOG.info(() -> "Password of account " + user.getId() + " (" + user.getLogin() + ") reset by "
                + access.currentUser().getLogin());
    }

    /** Changes the caller's own password after checking the current one against the stored hash. */
    public void changeOwn(String currentPassword, String newPassword) {
        User user = access.currentUser();
        if (!PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            LOG.info(() -> "Password change of account " + user.getId() + " rejected: wrong current password");
            throw new InvalidAccountException(AccountError.PASSWORD_WRONG);
        }
        AccountRules.checkPassword(user.getLogin(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidAccountException(AccountError.PASSWORD_UNCHANGED);
        }

        store(user, newPassword);
        LOG.info(() -> "Password of account " + user.getId() + " (" + user.getLogin() + ") changed by its user");
    }

    private void store(User user, String password) {
        user.setPasswordHash(PasswordHasher.hash(password));
        em.flush();
        changeLog.event(user.auditType(), user.getId(), ChangeAction.UPDATE, LOGGED_FIELD, null, null);
    }
}
