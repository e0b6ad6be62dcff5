package org.xtoolscrm.it.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the login log and the failure counters from the test database, and moves their times. */
public final class LoginLog {

    /** One row of login_log as the test reads it. */
    public record Row(String login, String ipAddress, String userAgent, String outcome, Instant attemptedAt,
                      Instant lockedUntil) {
    }

    private LoginLog() {
    }

    /** Returns the rows of a login, oldest first. */
    public static List<Row> rows(String login) throws SQLException {
        try (Connection connection = Database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT login, ip_address, user_agent, outcome, attempted_at, locked_until FROM login_log "
                             + "WHERE login = ? ORDER BY id")) {
            select.setString(1, login);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getString(2), result.getString(3),
                            result.getString(4), utc(result.getObject(5, LocalDateTime.class)), utc(result.getObject(6, LocalDateTime.class))));
                }
            }
            return rows;
        }
    }

    /** Returns the outcomes of a login's rows, oldest first. */
    public static List<String> outcomes(String login) throws SQLException {
        return rows(login).stream().map(Row::outcome).toList();
    }

    /** Returns whether a failure counter row exists for the login key. */
    public static boolean hasCounter(String loginKey) throws SQLException {
        try (Connection connection = Database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM login_lock WHERE login_key = ?")) {
            select.setString(1, loginKey);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        }
    }

    /**
     * Moves the lock and failure window of a login key into the past by the given
     * minutes, as if that much time had passed.
     */
    public static void moveCounterBack(String loginKey, int minutes) throws SQLException {
        try (Connection connection = Database.connect();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE login_lock SET locked_until = locked_until - INTERVAL ? MINUTE, "
                             + "window_start = window_start - INTERVAL ? MINUTE WHERE login_key = ?")) {
            update.setInt(1, minutes);
            update.setInt(2, minutes);
            update.setString(3, loginKey);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No failure counter for " + loginKey);
            }
        }
    }

    /** Converts a stored DATETIME to an instant; the server writes in UTC, its connections' time zone. */
    private static Instant utc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
