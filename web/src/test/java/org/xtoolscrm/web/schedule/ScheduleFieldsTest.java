package org.xtoolscrm.web.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.schedule.ScheduleForm;

@DisplayName("Schedule dialog fields")
class ScheduleFieldsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("New schedule lasts one hour from its start")
    void startingAt() {
        ScheduleFields fields = ScheduleFields.startingAt(LocalDateTime.of(2030, 3, 4, 23, 30), 15);

        assertEquals(LocalDate.of(2030, 3, 4), fields.getStartDate());
        assertEquals(LocalTime.of(23, 30), fields.getStartTime());
        assertEquals(LocalDate.of(2030, 3, 5), fields.getEndDate(), "an hour after 23:30 is the next day");
        assertEquals(LocalTime.of(0, 30), fields.getEndTime());
        assertEquals(15, fields.getReminderMinutes());
        assertFalse(fields.isAllDay());
    }

    @Test
    @DisplayName("Times are read on the company's clock")
    void timedToForm() {
        ScheduleFields fields = ScheduleFields.startingAt(LocalDateTime.of(2030, 3, 4, 0, 10), null);
        fields.setSubject("Call");
        fields.setContactId(42L);

        ScheduleForm form = fields.toForm(SHANGHAI);

        assertEquals(Instant.parse("2030-03-03T16:10:00Z"), form.getStart());
        assertEquals(Instant.parse("2030-03-03T17:10:00Z"), form.getEnd());
        assertEquals("Call", form.getSubject());
        assertEquals(42L, form.getContactId());
        assertNull(form.getReminderMinutes());
    }

    @Test
    @DisplayName("All-day end date is the last day, stored as the next midnight")
    void allDayToForm() {
        ScheduleFields fields = ScheduleFields.startingAt(LocalDateTime.of(2030, 3, 4, 9, 0), 15);
        fields.setAllDay(true);
        fields.setEndDate(LocalDate.of(2030, 3, 5));

        ScheduleForm form = fields.toForm(SHANGHAI);

        assertTrue(form.isAllDay());
        assertEquals(Instant.parse("2030-03-03T16:00:00Z"), form.getStart());
        assertEquals(Instant.parse("2030-03-05T16:00:00Z"), form.getEnd());
    }

    @Test
    @DisplayName("Missing date or time leaves the instant empty")
    void missingValues() {
        ScheduleFields fields = ScheduleFields.startingAt(LocalDateTime.of(2030, 3, 4, 9, 0), 15);
        fields.setStartTime(null);
        fields.setEndDate(null);

        ScheduleForm form = fields.toForm(SHANGHAI);

        assertNull(form.getStart());
        assertNull(form.getEnd());
    }

    @Test
    @DisplayName("All-day schedule needs no times")
    void allDayWithoutTimes() {
        ScheduleFields fields = ScheduleFields.startingAt(LocalDateTime.of(2030, 3, 4, 9, 0), 15);
        fields.setAllDay(true);
        fields.setStartTime(null);
        fields.setEndTime(null);

        ScheduleForm form = fields.toForm(SHANGHAI);

        assertEquals(Instant.parse("2030-03-03T16:00:00Z"), form.getStart());
        assertEquals(Instant.parse("2030-03-04T16:00:00Z"), form.getEnd());
    }

    @Test
    @DisplayName("Saved schedule comes back as the dialog showed it")
    void roundTrip() {
        ScheduleFields timed = ScheduleFields.startingAt(LocalDateTime.of(2030, 3, 4, 14, 15), 30);
        timed.setEndTime(LocalTime.of(16, 45));
        ScheduleFields allDay = ScheduleFields.startingAt(LocalDateTime.of(2030, 3, 4, 9, 0), null);
        allDay.setAllDay(true);
        allDay.setEndDate(LocalDate.of(2030, 3, 6));

        ScheduleFields timedBack = ScheduleFields.of(timed.toForm(SHANGHAI), SHANGHAI);
        ScheduleFields allDayBack = ScheduleFields.of(allDay.toForm(SHANGHAI), SHANGHAI);

        assertEquals(LocalDate.of(2030, 3, 4), timedBack.getStartDate());
        assertEquals(LocalTime.of(14, 15), timedBack.getStartTime());
        assertEquals(LocalTime.of(16, 45), timedBack.getEndTime());
        assertEquals(30, timedBack.getReminderMinutes());
        assertEquals(LocalDate.of(2030, 3, 4), allDayBack.getStartDate());
        assertEquals(LocalDate.of(2030, 3, 6), allDayBack.getEndDate(), "the last day, not the next midnight");
        assertTrue(allDayBack.isAllDay());
    }
}
