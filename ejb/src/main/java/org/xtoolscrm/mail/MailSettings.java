package org.xtoolscrm.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The mail settings, each a system property or an environment variable (the property wins):
 *
 * <ul>
 * <li>{@code crm.mail.enabled} / {@code CRM_MAIL_ENABLED}: {@code true} sends mail; anything else,
 * and the default, leaves it off;
 * <li>{@code crm.mail.from} / {@code CRM_MAIL_FROM}: the sender address; without it the mail
 * session's own {@code from} applies;
 * <li>{@code crm.batch.operator-email} / {@code CRM_BATCH_OPERATOR_EMAIL}: the addresses, separated by
 * commas, that hear of failed batch jobs.
 * </ul>
 *
 * The settings are read at every use, so a system property changed on the running server
 * applies to the next message.
 */
public record MailSettings(boolean enabled, String from, List<String> operatorAddresses) {

    private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());

    /** A plain address check: one @, no spaces or angle brackets, a dot in the domain. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+");

    /** Returns the settings as the server's environment has them now. */
    public static MailSettings current() {
        return from(System::getProperty, System::getenv);
    }

    /** Reads the settings through the given lookups of system properties and environment variables. */
    static MailSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String enabled = read(properties, environment, "crm.mail.enabled", "CRM_MAIL_ENABLED");
        String from = read(properties, environment, "crm.mail.from", "CRM_MAIL_FROM");
        if (from != null && !isAddress(from)) {
            String invalid = from;
            LOG.warning(() -> "crm.mail.from '" + invalid + "' is not an e-mail address such as crm@example.com; "
                    + "using the mail session's sender");
            from = null;
        }
        String operators = read(properties, environment, "crm.batch.operator-email", "CRM_BATCH_OPERATOR_EMAIL");
        return new MailSettings("true".equals(enabled == null ? null : enabled.toLowerCase(Locale.ROOT)), from,
                addresses(operators));
    }

    /**
     * Splits a list of addresses at commas and semicolons. An entry that is not an address
     * logs a warning and is left out.
     */
    static List<String> addresses(String list) {
        List<String> addresses = new ArrayList<>();
        if (list == null) {
            return addresses;
        }
        for (String entry : list.split("[,;]")) {
            String address = entry.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (isAddress(address)) {
                addresses.add(address);
            } else {
                LOG.warning(() -> "crm.batch.operator-email contains '" + address
                        + "', which is not an e-mail address; it is left out");
            }
        }
        return List.copyOf(addresses);
    }

    static boolean isAddress(String value) {
        return value != null && ADDRESS.matcher(value).matches();
    }

    private static String read(UnaryOperator<String> properties, UnaryOperator<String> environment,
                               String property, String variable) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.apply(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
