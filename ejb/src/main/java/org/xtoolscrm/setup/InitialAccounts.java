package org.xtoolscrm.setup;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.account.AccountError;
import org.xtoolscrm.account.AccountRules;
import org.xtoolscrm.account.InvalidAccountException;
import org.xtoolscrm.account.PasswordHasher;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.ChangeLog;

/**
 * Creates the first accounts of a new installation, and only while the account
 * table is empty: the demo company when demo data is switched on, otherwise one
 * Boss from the initial login and password that the IT admin supplies.
 */
@Stateless
@PermitAll
public class InitialAccounts {

    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    public void createIfNone(SetupSettings settings) {
        long accounts = em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
        if (accounts > 0) {
            LOG.fine(() -> accounts + " account(s) exist; no initial accounts created");
            return;
        }

        if (settings.demoData()) {
            new DemoCompany(em, changeLog).create();
            LOG.info("Demo company created: 8 accounts with demo customers (crm.demo-data=true)");
        } else if (settings.bossLogin() != null && settings.bossPassword() != null) {
            createBoss(settings);
        } else {
            LOG.warning("No account exists and no initial Boss is configured: set "
                    + "CRM_INITIAL_BOSS_LOGIN and CRM_INITIAL_BOSS_PASSWORD (or the system properties "
                    + "crm.initial-boss.login and crm.initial-boss.password) and restart.");
        }
    }

    private void createBoss(SetupSettings settings) {
        try {
            AccountRules.checkLogin(settings.bossLogin());
            AccountRules.checkPassword(settings.bossLogin(), settings.bossPassword());
        } catch (InvalidAccountException e) {
            LOG.log(Level.SEVERE, "The initial Boss account was not created: " + requirement(e)
                    + " Fix CRM_INITIAL_BOSS_LOGIN or CRM_INITIAL_BOSS_PASSWORD and restart.");
            return;
        }

        String name = settings.bossName() == null ? settings.bossLogin() : settings.bossName();
        User boss = new User(settings.bossLogin(), name, Role.BOSS, PasswordHasher.hash(settings.bossPassword()));
        em.persist(boss);
        em.flush();
        changeLog.created(boss);
        LOG.info(() -> "Initial Boss account " + boss.getLogin() + " created");
    }

    /** Returns the rule that the configured login or password breaks, for the server log. */
    private static String requirement(InvalidAccountException e) {
        if (e.getError() == AccountError.LOGIN_INVALID) {
            return "the login must have 2 to 64 letters, digits, dots, dashes or underscores, "
                    + "starting with a letter or digit.";
        }
        return "the password must have at least " + AccountRules.PASSWORD_MIN_LENGTH + " characters, at most "
                + AccountRules.PASSWORD_MAX_BYTES + " bytes in UTF-8, and differ from the login (" + e.getError()
                + ").";
    }
}
