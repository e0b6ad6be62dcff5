package org.xtoolscrm.schedule;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a schedule query and how many schedules match in all, so a caller
 * that shows fewer than all can say so.
 *
 * @param rows  the schedules of the page, by start
 * @param total every schedule that matches
 */
public record SchedulePage(List<ScheduleRow> rows, long total) implements Serializable {

    public SchedulePage {
        rows = List.copyOf(rows);
    }

    /** Returns whether schedules match beyond this page. */
    public boolean isCapped() {
        return total > rows.size();
    }
}
