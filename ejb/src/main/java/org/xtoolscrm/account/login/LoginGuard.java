package org.xtoolscrm.account.login;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks the lock of a login name and records every attempt in the login log. The
 * login page calls it before anyone is authenticated, so it permits all callers.
 * It reads and writes nothing but the login log and the failure counters.
 */
@Stateless
@PermitAll
public class LoginGuard {

    private static final Logger LOG = Logger.getLogger(LoginGuard.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    private final LockoutPolicy policy = LockoutPolicy.of(LoginSettings.current());

    /**
     * Returns the end of the lock in force on the attempt's login name, or empty when
     * the password may be checked. A rejected attempt is logged as LOCKED.
     */
    public Optional<Instant> rejectIfLocked(LoginAttempt attempt) {
        Instant now = Instant.now();
        Optional<Instant> lockedUntil = policy.lockedUntil(em.find(LoginLock.class, attempt.loginKey()), now);

        lockedUntil.ifPresent(until -> {
            em.persist(new LoginLogEntry(attempt, LoginOutcome.LOCKED, now, until));
            LOG.fine(() -> "Login " + attempt.login() + " from " + attempt.ipAddress() + " rejected: locked until "
                    + until);
        });
        return lockedUntil;
    }

    /** Logs a successful login and clears the failure counter of its name. */
    public void recordSuccess(LoginAttempt attempt) {
        em.persist(new LoginLogEntry(attempt, LoginOutcome.SUCCESS, Instant.now(), null));
        em.createQuery("DELETE FROM LoginLock l WHERE l.loginKey = :key")
                .setParameter("key", attempt.loginKey())
                .executeUpdate();
    }

    /**
     * Logs a failed attempt, counts it against the login name and returns the end of
     * the lock that this failure started, or empty. Unknown logins count like known
     * ones, so a probe cannot tell them apart.
     */
    public Optional<Instant> recordFailure(LoginAttempt attempt) {
        Instant now = Instant.now();
        LoginOutcome outcome = isDisabledAccount(attempt) ? LoginOutcome.DISABLED : LoginOutcome.BAD_CREDENTIALS;
        LoginLock lock = lockForUpdate(attempt.loginKey());

        Optional<Instant> lockedUntil = policy.countFailure(lock, now);
        em.persist(new LoginLogEntry(attempt, outcome, now, lockedUntil.orElse(null)));

        lockedUntil.ifPresentOrElse(
                until -> LOG.warning(() -> "Login " + attempt.login() + " locked until " + until + " after "
                        + lock.getFailureCount() + " failed attempts; last from IP " + attempt.ipAddress()),
                () -> LOG.fine(() -> "Login " + attempt.login() + " from " + attempt.ipAddress() + " failed: "
                        + outcome + ", failure " + lock.getFailureCount() + " of " + policy.maxFailures()));
        return lockedUntil;
    }

    /**
     * Returns the counter row of the name, locked for this transaction. INSERT IGNORE
     * creates it when missing without failing on a concurrent insert; MySQL, MariaDB
     * and H2 in MySQL mode all accept it.
     */
    private LoginLock lockForUpdate(String loginKey) {
        em.createNativeQuery("INSERT IGNORE INTO login_lock (login_key, failure_count) VALUES (?, 0)")
                .setParameter(1, loginKey)
                .executeUpdate();
        return em.find(LoginLock.class, loginKey, LockModeType.PESSIMISTIC_WRITE);
    }

    private boolean isDisabledAccount(LoginAttempt attempt) {
        List<Boolean> enabled = em.createQuery("SELECT u.enabled FROM User u WHERE u.login = :login", Boolean.class)
                .setParameter("login", attempt.login().strip())
                .getResultList();
        return !enabled.isEmpty() && !enabled.get(0);
    }
}
