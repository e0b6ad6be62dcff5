package org.xtoolscrm.account.login;

import java.io.Serializable;
import java.util.Locale;

/**
 * One submission of the login form: the login as typed, the peer address and the
 * browser's User-Agent header. It never contains the password.
 */
public record LoginAttempt(String login, String ipAddress, String userAgent) implements Serializable {

    /** The maximum lengths of login, IP address and user agent kept; longer values are cut. */
    public static final int LOGIN_MAX = 100;
    public static final int IP_ADDRESS_MAX = 45;
    public static final int USER_AGENT_MAX = 255;

    public LoginAttempt {
        login = cut(login == null ? "" : login, LOGIN_MAX);
        ipAddress = cut(ipAddress == null ? "" : ipAddress, IP_ADDRESS_MAX);
        userAgent = userAgent == null || userAgent.isBlank() ? null : cut(userAgent, USER_AGENT_MAX);
    }

    /**
     * Returns the key of the failure counter and the lock: the login stripped and in
     * lower case, since the database compares logins without case.
     */
    public String loginKey() {
        return login.strip().toLowerCase(Locale.ROOT);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
