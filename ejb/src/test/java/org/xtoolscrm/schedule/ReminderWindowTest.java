package org.xtoolscrm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reminder window")
class ReminderWindowTest {

    /** 00:10 on 2 March 2030 in Shanghai, which is still 1 March in UTC. */
    private static final Instant START = Instant.parse("2030-03-01T16:10:00Z");
    private static final Instant END = Instant.parse("2030-03-01T17:10:00Z");

    @Test
    @DisplayName("Window opens at start minus the minutes and closes at the end")
    void boundaries() {
        ReminderWindow window = ReminderWindow.of(START, END, 30).orElseThrow();

        assertEquals(Instant.parse("2030-03-01T15:40:00Z"), window.from());
        assertEquals(END, window.until());
        assertFalse(window.contains(Instant.parse("2030-03-01T15:39:59.999Z")), "just before");
        assertTrue(window.contains(Instant.parse("2030-03-01T15:40:00Z")), "at the reminder time");
        assertTrue(window.contains(START), "at the start");
        assertTrue(window.contains(END.minusMillis(1)), "just before the end");
        assertFalse(window.contains(END), "at the end");
    }

    @Test
    @DisplayName("A reminder of 0 minutes opens at the start")
    void zeroMinutes() {
        ReminderWindow window = ReminderWindow.of(START, END, 0).orElseThrow();

        assertEquals(START, window.from());
        assertFalse(window.contains(START.minusMillis(1)));
        assertTrue(window.contains(START));
    }

    @Test
    @DisplayName("No reminder has no window")
    void noReminder() {
        assertEquals(Optional.empty(), ReminderWindow.of(START, END, null));
        assertNull(ReminderWindow.remindAt(START, null));
    }

    @Test
    @DisplayName("A week's reminder opens seven days ahead")
    void longestReminder() {
        assertEquals(Instant.parse("2030-02-22T16:10:00Z"), ReminderWindow.remindAt(START, ScheduleRules.REMINDER_MAX));
    }

    @Test
    @DisplayName("Row is due only when not done and not dismissed")
    void rowDue() {
        Instant moment = Instant.parse("2030-03-01T16:00:00Z");

        assertTrue(row(false, false, 15).isReminderDue(moment));
        assertFalse(row(true, false, 15).isReminderDue(moment), "done");
        assertFalse(row(false, true, 15).isReminderDue(moment), "dismissed");
        assertFalse(row(false, false, null).isReminderDue(moment), "no reminder");
        assertFalse(row(false, false, 5).isReminderDue(moment), "not yet");
    }

    private static ScheduleRow row(boolean done, boolean dismissed, Integer minutes) {
        return new ScheduleRow(1L, 0, 2L, "Owner", START, END, false, "VISIT", "Visit", null, null, null, null,
                null, done, minutes, dismissed);
    }
}
