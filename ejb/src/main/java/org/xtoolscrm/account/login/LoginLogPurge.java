package org.xtoolscrm.account.login;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Deletes login log entries older than the retention ({@code crm.login-log.retention-days})
 * every night, and failure counters that no longer matter. Timers run without a
 * caller, so the bean permits all.
 */
@Singleton
@PermitAll
public class LoginLogPurge {

    private static final Logger LOG = Logger.getLogger(LoginLogPurge.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    private final LoginSettings settings = LoginSettings.current();

    /**
     * Runs the purge at 03:20 server time. The timer is not persistent: a missed run
     * is simply done the next night, and on a cluster every node purging is harmless.
     * A failure propagates, so the container logs it and retries once.
     */
    @Schedule(hour = "3", minute = "20", persistent = false)
    void purgeNightly() {
        purge();
    }

    /** Deletes the entries older than the retention and the stale failure counters; returns the entries deleted. */
    public int purge() {
        Instant now = Instant.now();
        Instant oldestKept = now.minus(Duration.ofDays(settings.retentionDays()));

        int entries = em.createQuery("DELETE FROM LoginLogEntry e WHERE e.attemptedAt < :oldestKept")
                .setParameter("oldestKept", oldestKept)
                .executeUpdate();
        int counters = em.createQuery("DELETE FROM LoginLock l "
                        + "WHERE (l.lockedUntil IS NULL OR l.lockedUntil <= :now) "
                        + "AND (l.windowStart IS NULL OR l.windowStart <= :windowStart)")
                .setParameter("now", now)
                .setParameter("windowStart", now.minus(settings.failureWindow()))
                .executeUpdate();

        LOG.info(() -> "Login log purge deleted " + entries + " entries older than " + settings.retentionDays()
                + " days and " + counters + " expired failure counters");
        return entries;
    }
}
