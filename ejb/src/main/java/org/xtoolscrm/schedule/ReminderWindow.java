package org.xtoolscrm.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a schedule's reminder shows: from its start minus the reminder minutes until
 * the schedule ends, the end excluded. The reminder query of {@link ScheduleService}
 * selects the same window in SQL, from the stored {@code remind_at} and {@code end_at}.
 *
 * @param from  the moment the reminder starts to show
 * @param until the end of the schedule, when the reminder stops showing
 */
public record ReminderWindow(Instant from, Instant until) {

    /** Returns the window of a schedule, or empty for one without a reminder. */
    public static Optional<ReminderWindow> of(Instant start, Instant end, Integer reminderMinutes) {
        Instant from = remindAt(start, reminderMinutes);
        return from == null || end == null ? Optional.empty() : Optional.of(new ReminderWindow(from, end));
    }

    /** Returns the start minus the reminder minutes, or null without a reminder or a start. */
    static Instant remindAt(Instant start, Integer reminderMinutes) {
        if (start == null || reminderMinutes == null) {
            return null;
        }
        return start.minus(Duration.ofMinutes(reminderMinutes));
    }

    /** Returns whether the reminder shows at the given moment. */
    public boolean contains(Instant moment) {
        return !moment.isBefore(from) && moment.isBefore(until);
    }
}
