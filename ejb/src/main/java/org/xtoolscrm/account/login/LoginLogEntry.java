package org.xtoolscrm.account.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One login attempt in the login log. Never changed once written. */
@Entity
@Table(name = "login_log")
public class LoginLogEntry implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = LoginAttempt.LOGIN_MAX)
    private String login;

    @Column(name = "ip_address", nullable = false, length = LoginAttempt.IP_ADDRESS_MAX)
    private String ipAddress;

    @Column(name = "user_agent", length = LoginAttempt.USER_AGENT_MAX)
    private String userAgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LoginOutcome outcome;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginLogEntry() {
    }

    LoginLogEntry(LoginAttempt attempt, LoginOutcome outcome, Instant attemptedAt, Instant lockedUntil) {
        this.login = attempt.login();
        this.ipAddress = attempt.ipAddress();
        this.userAgent = attempt.userAgent();
        this.outcome = outcome;
        this.attemptedAt = attemptedAt;
        this.lockedUntil = lockedUntil;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public LoginOutcome getOutcome() {
        return outcome;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    /** Returns the end of the lock this attempt started or was rejected by, or null. */
    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
