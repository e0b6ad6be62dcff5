package org.xtoolscrm.web.schedule;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A choice of the reminder picker: minutes before the start, or none. The label is a
 * bundle key with its argument, because the bean builds the list without a locale.
 */
public final class ReminderChoice implements Serializable {

    /** The usual choices in minutes: at the start, 5, 10, 15 and 30 minutes, 1 and 2 hours, 1 and 2 days, 1 week. */
    private static final List<Integer> USUAL = List.of(0, 5, 10, 15, 30, 60, 120, 1440, 2880, 10080);

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;

    private final Integer minutes;
    private final String labelKey;
    private final int labelArgument;

    private ReminderChoice(Integer minutes, String labelKey, int labelArgument) {
        this.minutes = minutes;
        this.labelKey = labelKey;
        this.labelArgument = labelArgument;
    }

    /**
     * Returns "no reminder" and the usual choices in minutes, with the company default and
     * the schedule's current value added where they are not among them.
     */
    static List<ReminderChoice> list(int defaultMinutes, Integer current) {
        TreeSet<Integer> minutes = new TreeSet<>(USUAL);
        minutes.add(defaultMinutes);
        if (current != null) {
            minutes.add(current);
        }
        List<ReminderChoice> choices = new ArrayList<>();
        choices.add(new ReminderChoice(null, "schedule.reminder.none", 0));
        minutes.forEach(value -> choices.add(of(value)));
        return choices;
    }

    /** Returns the choice of the given minutes, labelled in the largest whole unit. */
    static ReminderChoice of(int minutes) {
        if (minutes == 0) {
            return new ReminderChoice(0, "schedule.reminder.atStart", 0);
        }
        if (minutes % DAY == 0) {
            return new ReminderChoice(minutes, "schedule.reminder.days", minutes / DAY);
        }
        if (minutes % HOUR == 0) {
            return new ReminderChoice(minutes, "schedule.reminder.hours", minutes / HOUR);
        }
        return new ReminderChoice(minutes, "schedule.reminder.minutes", minutes);
    }

    public Integer getMinutes() {
        return minutes;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public int getLabelArgument() {
        return labelArgument;
    }
}
