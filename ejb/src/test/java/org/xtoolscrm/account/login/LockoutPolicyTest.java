package org.xtoolscrm.account.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lockout policy")
class LockoutPolicyTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    @DisplayName("Fifth failure within the window locks for the lock duration")
    void fifthFailureLocks() {
        LoginLock lock = new LoginLock("sales1");
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), POLICY.countFailure(lock, START.plusSeconds(60L * i)));
        }

        Instant fifth = START.plusSeconds(600);
        assertEquals(Optional.of(fifth.plus(Duration.ofMinutes(15))), POLICY.countFailure(lock, fifth));
        assertEquals(5, lock.getFailureCount());
    }

    @Test
    @DisplayName("Lock is in force until its end, not after")
    void lockEnds() {
        LoginLock lock = lockedAt(START);
        Instant end = START.plus(Duration.ofMinutes(15));

        assertEquals(Optional.of(end), POLICY.lockedUntil(lock, START.plusSeconds(1)));
        assertEquals(Optional.of(end), POLICY.lockedUntil(lock, end.minusMillis(1)));
        assertEquals(Optional.empty(), POLICY.lockedUntil(lock, end));
    }

    @Test
    @DisplayName("Failures spread over more than the window do not lock")
    void failuresOutsideWindowDoNotLock() {
        LoginLock lock = new LoginLock("sales1");
        for (int i = 0; i < 4; i++) {
            POLICY.countFailure(lock, START.plusSeconds(60L * i));
        }

        Optional<Instant> fifth = POLICY.countFailure(lock, START.plus(Duration.ofMinutes(15)));

        assertEquals(Optional.empty(), fifth);
        assertEquals(1, lock.getFailureCount(), "a new window starts with this failure");
    }

    @Test
    @DisplayName("First failure after an expired lock starts a new window")
    void expiredLockStartsOver() {
        LoginLock lock = lockedAt(START);
        Instant afterLock = START.plus(Duration.ofMinutes(16));

        assertEquals(Optional.empty(), POLICY.countFailure(lock, afterLock));
        assertEquals(1, lock.getFailureCount());
        assertEquals(Optional.empty(), POLICY.lockedUntil(lock, afterLock));
    }

    @Test
    @DisplayName("Failure during a lock leaves the lock unchanged")
    void failureDuringLockKeepsEnd() {
        LoginLock lock = lockedAt(START);
        Instant end = lock.getLockedUntil();

        assertEquals(Optional.empty(), POLICY.countFailure(lock, START.plusSeconds(30)));
        assertEquals(end, lock.getLockedUntil());
    }

    @Test
    @DisplayName("Configured limits apply")
    void configuredLimits() {
        LockoutPolicy strict = new LockoutPolicy(2, Duration.ofMinutes(1), Duration.ofMinutes(60));
        LoginLock lock = new LoginLock("boss");

        assertTrue(strict.countFailure(lock, START).isEmpty());
        assertEquals(Optional.of(START.plusSeconds(10).plus(Duration.ofMinutes(60))),
                strict.countFailure(lock, START.plusSeconds(10)));
    }

    private static LoginLock lockedAt(Instant at) {
        LoginLock lock = new LoginLock("sales1");
        for (int i = 0; i < 5; i++) {
            POLICY.countFailure(lock, at);
        }
        return lock;
    }
}
