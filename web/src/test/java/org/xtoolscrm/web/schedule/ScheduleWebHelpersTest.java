package org.xtoolscrm.web.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.schedule.ScheduleRow;

@DisplayName("Schedule page helpers")
class ScheduleWebHelpersTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("Reminder choices add the default and the current value")
    void reminderChoices() {
        List<ReminderChoice> choices = ReminderChoice.list(20, 45);

        assertNull(choices.get(0).getMinutes(), "no reminder comes first");
        assertEquals(List.of(0, 5, 10, 15, 20, 30, 45, 60, 120, 1440, 2880, 10080),
                choices.stream().skip(1).map(ReminderChoice::getMinutes).toList());
    }

    @Test
    @DisplayName("Reminder choice is labelled in its largest whole unit")
    void reminderLabels() {
        assertEquals("schedule.reminder.atStart", ReminderChoice.of(0).getLabelKey());
        assertEquals("schedule.reminder.minutes", ReminderChoice.of(90).getLabelKey());
        assertEquals(90, ReminderChoice.of(90).getLabelArgument());
        assertEquals("schedule.reminder.hours", ReminderChoice.of(120).getLabelKey());
        assertEquals(2, ReminderChoice.of(120).getLabelArgument());
        assertEquals("schedule.reminder.days", ReminderChoice.of(10080).getLabelKey());
        assertEquals(7, ReminderChoice.of(10080).getLabelArgument());
    }

    @Test
    @DisplayName("Time of a schedule reads on the company's clock")
    void when() {
        Instant start = Instant.parse("2030-03-03T16:10:00Z");

        assertEquals("2030-03-04 00:10–01:10", ScheduleFormats.when(start, start.plusSeconds(3600), false,
                SHANGHAI, "all day"));
        assertEquals("2030-03-04 00:10 – 2030-03-05 01:10", ScheduleFormats.when(start,
                start.plusSeconds(25 * 3600), false, SHANGHAI, "all day"));
    }

    @Test
    @DisplayName("All-day schedule shows its first and last day")
    void whenAllDay() {
        Instant midnight = Instant.parse("2030-03-03T16:00:00Z");

        assertEquals("2030-03-04 · 全天", ScheduleFormats.when(midnight, midnight.plusSeconds(86400), true,
                SHANGHAI, "全天"));
        assertEquals("2030-03-04 – 2030-03-06 · all day", ScheduleFormats.when(midnight,
                midnight.plusSeconds(3 * 86400), true, SHANGHAI, "all day"));
    }

    @Test
    @DisplayName("Polling stops within the session's idle timeout")
    void maxPolls() {
        assertEquals(29, ReminderView.maxPolls(30 * 60));
        assertEquals(1, ReminderView.maxPolls(90));
        assertEquals(1, ReminderView.maxPolls(30));
        assertEquals(Integer.MAX_VALUE, ReminderView.maxPolls(0), "a session without timeout");
    }

    @Test
    @DisplayName("Calendar tooltip text is escaped")
    void tooltipEscaped() {
        assertEquals("&lt;b&gt;Tom &amp; &quot;Jerry&quot; &#39;s&lt;/b&gt;",
                CalendarModel.escape("<b>Tom & \"Jerry\" 's</b>"));
        assertEquals("", CalendarModel.escape(null));
    }

    @Test
    @DisplayName("Calendar event classes show type and done")
    void eventClasses() {
        Instant start = Instant.parse("2030-03-03T16:10:00Z");
        ScheduleRow done = new ScheduleRow(1L, 0, 2L, "Owner", start, start.plusSeconds(60), false, "COLD_CALL",
                "Call", null, null, null, null, null, true, null, false);

        assertEquals("schedule-event schedule-type-cold_call schedule-done", CalendarModel.styleClass(done));
    }
}
