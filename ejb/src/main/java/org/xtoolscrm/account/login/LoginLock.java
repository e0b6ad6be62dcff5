package org.xtoolscrm.account.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The failed attempts of one login name within the current window, and the lock
 * they caused. {@link LockoutPolicy} decides how they change.
 */
@Entity
@Table(name = "login_lock")
public class LoginLock {

    @Id
    @Column(name = "login_key", length = LoginAttempt.LOGIN_MAX)
    private String loginKey;

    @Column(name = "failure_count", nullable = false)
    private int failureCount;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginLock() {
    }

    LoginLock(String loginKey) {
        this.loginKey = loginKey;
    }

    public String getLoginKey() {
        return loginKey;
    }

    public int getFailureCount() {
        return failureCount;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    void startWindow(Instant start) {
        windowStart = start;
        failureCount = 0;
        lockedUntil = null;
    }

    void countFailure() {
        failureCount++;
    }

    void lockUntil(Instant end) {
        lockedUntil = end;
    }
}
