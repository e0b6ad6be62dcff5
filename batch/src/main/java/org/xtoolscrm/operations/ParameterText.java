package org.xtoolscrm.operations;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Formats job parameters for people: {@code key=value} pairs sorted by key and joined with
 * commas. A parameter whose name contains "password" or "secret" shows as {@code ***}. The
 * parameters JBeret adds for itself, such as {@code jberet.jobXmlName} on a start from the
 * management CLI, are left out.
 */
public final class ParameterText {

    private static final String HIDDEN = "***";
    private static final String JBERET_PREFIX = "jberet.";

    private ParameterText() {
    }

    public static String format(Properties parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return "";
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (String name : parameters.stringPropertyNames()) {
            if (name.startsWith(JBERET_PREFIX)) {
                continue;
            }
            sorted.put(name, isSecret(name) ? HIDDEN : parameters.getProperty(name));
        }
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(name).append('=').append(value);
        });
        return text.toString();
    }

    /**
     * Parses the JOBPARAMETERS column of JBeret's JOB_EXECUTION table, which contains the
     * parameters in {@link Properties#store} form, and formats them. Text that does not
     * parse is returned as it is.
     */
    public static String formatStored(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        Properties parameters = new Properties();
        try {
            parameters.load(new StringReader(stored));
        } catch (IOException | IllegalArgumentException e) {
            return stored;
        }
        return format(parameters);
    }

    private static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret");
    }
}
