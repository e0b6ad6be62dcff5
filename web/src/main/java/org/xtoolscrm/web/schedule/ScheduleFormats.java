package org.xtoolscrm.web.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.xtoolscrm.schedule.ScheduleRow;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;

/** Formats when a schedule takes place, on the company's clock, for lists and reminders. */
@Named
@ApplicationScoped
public class ScheduleFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private Formats formats;

    /** Returns when the schedule takes place, such as "2030-03-04 09:00–10:00", with "all day" in the user's language. */
    public String when(ScheduleRow row) {
        return when(row.getStartAt(), row.getEndAt(), row.isAllDay(), formats.zone(),
                Texts.get("schedule.label.allDay"));
    }

    /**
     * Formats a schedule's time: one day's times as "date start–end", times over several days
     * with both dates, and an all-day schedule by its first and last day, its end being the
     * midnight after its last day.
     */
    static String when(Instant start, Instant end, boolean allDay, ZoneId zone, String allDayLabel) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        if (allDay) {
            LocalDate last = to.toLocalDate().minusDays(1);
            String days = last.isAfter(from.toLocalDate())
                    ? DATE.format(from) + " – " + DATE.format(last)
                    : DATE.format(from);
            return days + " · " + allDayLabel;
        }
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return DATE_TIME.format(from) + "–" + TIME.format(to);
        }
        return DATE_TIME.format(from) + " – " + DATE_TIME.format(to);
    }
}
