package org.xtoolscrm.activity;

import java.io.Serializable;
import java.util.List;

/**
 * Entries of a customer's timeline, newest first.
 *
 * @param entries the entries of this page
 * @param more    whether older entries follow; read them from the last entry's position
 */
public record TimelinePage(List<ActivityRow> entries, boolean more) implements Serializable {

    public TimelinePage {
        entries = List.copyOf(entries);
    }

    /** Returns the position of the last entry, to read the next page from, or null when the page is empty. */
    public TimelinePosition end() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).position();
    }
}
