package org.xtoolscrm.account.login;

import java.io.Serializable;
import java.time.Instant;

/**
 * Filter of the login log page. Login and IP match from the start of the value,
 * {@code from} is inclusive and {@code to} exclusive, and null or blank means no
 * filter. The page never shows more than the last {@value LoginLogService#VISIBLE_DAYS} days.
 */
public record LoginLogFilter(String loginPrefix, String ipPrefix, LoginOutcome outcome, Instant from, Instant to)
        implements Serializable {

    public static LoginLogFilter none() {
        return new LoginLogFilter(null, null, null, null, null);
    }
}
