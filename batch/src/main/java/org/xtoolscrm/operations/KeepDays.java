package org.xtoolscrm.operations;

import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * How many days the job repository keeps an ended execution before the purge deletes it:
 * the system property {@code crm.batch.keep-days}, else the environment variable
 * {@code CRM_BATCH_KEEP_DAYS}, else {@value #DEFAULT}. It is read at every purge. A value that
 * is not a whole number from 1 to {@value #MAX} logs a warning, and the default applies.
 */
public final class KeepDays {

    public static final int DEFAULT = 90;
    /** Ten years, so that the cut-off date stays far from overflow. */
    public static final int MAX = 3650;

    private static final Logger LOG = Logger.getLogger(KeepDays.class.getName());

    private KeepDays() {
    }

    public static int current() {
        return from(System::getProperty, System::getenv);
    }

    static int from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String value = properties.apply("crm.batch.keep-days");
        if (value == null || value.isBlank()) {
            value = environment.apply("CRM_BATCH_KEEP_DAYS");
        }
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 1 && days <= MAX) {
                return days;
            }
        } catch (NumberFormatException e) {
            // Reported below, like a number out of range.
        }
        String invalid = value;
        LOG.warning(() -> "crm.batch.keep-days '" + invalid + "' is not a whole number from 1 to " + MAX
                + "; keeping executions for " + DEFAULT + " days");
        return DEFAULT;
    }
}
