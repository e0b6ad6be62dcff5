package org.xtoolscrm.web.attachment;

import java.util.Locale;

/** Formats file sizes for people: bytes below 1 KB, else KB, MB or GB of 1024 with one decimal. */
final class FileSizes {

    private static final String[] UNITS = {"KB", "MB", "GB"};

    private FileSizes() {
    }

    static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        // 1023.95 and more would print as 1024.0 of the smaller unit.
        while (value >= 1023.95 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
