package org.xtoolscrm.account.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides when a login name is locked: {@code maxFailures} failed attempts within
 * {@code failureWindow}, counted from the first failure of the window, lock the
 * name for {@code lockDuration}. A successful login deletes the counter, and an
 * expired lock starts a new window at the next failure.
 */
public record LockoutPolicy(int maxFailures, Duration failureWindow, Duration lockDuration) {

    public static LockoutPolicy of(LoginSettings settings) {
        return new LockoutPolicy(settings.maxFailures(), settings.failureWindow(), settings.lockDuration());
    }

    /** Returns the end of the lock in force at {@code now}, or empty when the name may log in. */
    public Optional<Instant> lockedUntil(LoginLock lock, Instant now) {
        if (lock == null || lock.getLockedUntil() == null || !now.isBefore(lock.getLockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(lock.getLockedUntil());
    }

    /**
     * Counts a failed attempt at {@code now} and returns the end of the lock that this
     * failure started, or empty when the name stays open. A failure that arrives
     * while a lock is in force, which two concurrent requests can cause, leaves the
     * lock as it is.
     */
    public Optional<Instant> countFailure(LoginLock lock, Instant now) {
        if (lockedUntil(lock, now).isPresent()) {
            return Optional.empty();
        }
        boolean windowOver = lock.getWindowStart() == null
                || !now.isBefore(lock.getWindowStart().plus(failureWindow))
                || lock.getLockedUntil() != null;
        if (windowOver) {
            lock.startWindow(now);
        }

        lock.countFailure();

        if (lock.getFailureCount() < maxFailures) {
            return Optional.empty();
        }
        Instant end = now.plus(lockDuration);
        lock.lockUntil(end);
        return Optional.of(end);
    }
}
