package org.xtoolscrm.account;

import java.util.logging.Logger;

/**
 * The licensed seat count: how many accounts may be enabled at once. It comes from the
 * system property {@code crm.seats}, else the environment variable {@code CRM_SEATS},
 * else {@value #DEFAULT}. It is read on every check, so a system property changed on the
 * running server applies to the next create or enable.
 */
public final class SeatCount {

    public static final int DEFAULT = 50;

    private static final Logger LOG = Logger.getLogger(SeatCount.class.getName());

    private SeatCount() {
    }

    public static int configured() {
        String value = System.getProperty("crm.seats");
        if (value == null || value.isBlank()) {
            value = System.getenv("CRM_SEATS");
        }
        return parse(value);
    }

    /** Returns the seat count of a setting's value; a blank or invalid value gives the default. */
    static int parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            int seats = Integer.parseInt(value.strip());
            if (seats > 0) {
                return seats;
            }
        } catch (NumberFormatException e) {
            // Reported below, as for a number that is not positive.
        }
        LOG.warning(() -> "The seat count '" + value + "' (crm.seats or CRM_SEATS) is not a positive whole number; "
                + "using " + DEFAULT + ". Fix the setting.");
        return DEFAULT;
    }
}
