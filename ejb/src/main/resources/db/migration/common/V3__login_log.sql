-- The login log and the failure counter with the lock of each login name.

-- One row per attempt on the login page, successful or not, kept for the
-- configured retention (crm.login-log.retention-days) and then purged.
CREATE TABLE login_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    -- the login as typed, also when no such account exists; cut to 100 characters
    login        VARCHAR(100) NOT NULL,
    -- the peer address as the servlet container reports it, IPv4 or IPv6
    ip_address   VARCHAR(45)  NOT NULL,
    user_agent   VARCHAR(255) NULL,
    -- SUCCESS, BAD_CREDENTIALS, DISABLED or LOCKED
    outcome      VARCHAR(20)  NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    -- the end of the lock that this attempt started or that rejected it
    locked_until DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_login_log_time (attempted_at, id),
    KEY ix_login_log_login (login, attempted_at),
    KEY ix_login_log_ip (ip_address, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed attempts per login name, existing account or not, so that probing
-- unknown names behaves like guessing a password. The server's JDBC realm reads
-- locked_until too (server-config/03-security.cli).
CREATE TABLE login_lock (
    -- the login stripped and in lower case
    login_key     VARCHAR(100) NOT NULL,
    -- failed attempts since window_start
    failure_count INT          NOT NULL DEFAULT 0,
    window_start  DATETIME(6)  NULL,
    locked_until  DATETIME(6)  NULL,
    PRIMARY KEY (login_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
