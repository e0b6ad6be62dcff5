package org.xtoolscrm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Schedule rules")
class ScheduleRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NINE = Instant.parse("2030-03-04T01:00:00Z");

    @Test
    @DisplayName("A complete form is valid")
    void completeFormValid() {
        assertEquals(List.of(), ScheduleRules.check(valid()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    @DisplayName("Subject is required")
    void subjectRequired(String subject) {
        ScheduleForm form = valid();
        form.setSubject(subject);

        assertEquals(List.of(new ScheduleProblem(ScheduleError.SUBJECT_MISSING)), ScheduleRules.check(form));
    }

    @Test
    @DisplayName("Subject has at most 200 characters, counted as MySQL counts them")
    void subjectLength() {
        ScheduleForm form = valid();
        form.setSubject("拜".repeat(ScheduleRules.SUBJECT_MAX));
        assertEquals(List.of(), ScheduleRules.check(form));

        // A character outside the BMP is two Java chars but one character in the column.
        form.setSubject("😀".repeat(ScheduleRules.SUBJECT_MAX));
        assertEquals(List.of(), ScheduleRules.check(form));

        form.setSubject("拜".repeat(ScheduleRules.SUBJECT_MAX + 1));
        assertEquals(List.of(new ScheduleProblem(ScheduleError.SUBJECT_TOO_LONG, ScheduleRules.SUBJECT_MAX)),
                ScheduleRules.check(form));
    }

    @Test
    @DisplayName("Type, start and end are required")
    void typeAndTimesRequired() {
        ScheduleForm form = valid();
        form.setType(" ");
        form.setStart(null);
        form.setEnd(null);

        assertEquals(List.of(new ScheduleProblem(ScheduleError.TYPE_MISSING),
                new ScheduleProblem(ScheduleError.START_MISSING),
                new ScheduleProblem(ScheduleError.END_MISSING)), ScheduleRules.check(form));
    }

    @Test
    @DisplayName("End must come after the start")
    void endAfterStart() {
        ScheduleForm form = valid();
        form.setEnd(form.getStart());
        assertEquals(List.of(new ScheduleProblem(ScheduleError.END_NOT_AFTER_START)), ScheduleRules.check(form));

        form.setEnd(form.getStart().minusSeconds(60));
        assertEquals(List.of(new ScheduleProblem(ScheduleError.END_NOT_AFTER_START)), ScheduleRules.check(form));

        form.setEnd(form.getStart().plusSeconds(60));
        assertEquals(List.of(), ScheduleRules.check(form));
    }

    @Test
    @DisplayName("A schedule lasts at most 31 days")
    void durationLimit() {
        ScheduleForm form = valid();
        form.setEnd(form.getStart().plus(Duration.ofDays(ScheduleRules.MAX_DAYS)));
        assertEquals(List.of(), ScheduleRules.check(form));

        form.setEnd(form.getStart().plus(Duration.ofDays(ScheduleRules.MAX_DAYS)).plusSeconds(3601));
        assertEquals(List.of(new ScheduleProblem(ScheduleError.TOO_LONG, ScheduleRules.MAX_DAYS)),
                ScheduleRules.check(form));
    }

    @Test
    @DisplayName("Place and notes have length limits")
    void placeAndNotesLength() {
        ScheduleForm form = valid();
        form.setPlace("x".repeat(ScheduleRules.PLACE_MAX + 1));
        form.setNotes("y".repeat(ScheduleRules.NOTES_MAX + 1));

        assertEquals(List.of(new ScheduleProblem(ScheduleError.PLACE_TOO_LONG, ScheduleRules.PLACE_MAX),
                        new ScheduleProblem(ScheduleError.NOTES_TOO_LONG, ScheduleRules.NOTES_MAX)),
                ScheduleRules.check(form));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, ScheduleRules.REMINDER_MAX + 1})
    @DisplayName("Reminder minutes outside 0 to one week are rejected")
    void reminderOutOfRange(int minutes) {
        ScheduleForm form = valid();
        form.setReminderMinutes(minutes);

        assertEquals(List.of(new ScheduleProblem(ScheduleError.REMINDER_OUT_OF_RANGE, 0, ScheduleRules.REMINDER_MAX)),
                ScheduleRules.check(form));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, ScheduleRules.REMINDER_MAX})
    @DisplayName("Reminder minutes from 0 to one week are accepted")
    void reminderInRange(int minutes) {
        ScheduleForm form = valid();
        form.setReminderMinutes(minutes);

        assertEquals(List.of(), ScheduleRules.check(form));
    }

    @Test
    @DisplayName("No reminder is valid")
    void noReminderValid() {
        ScheduleForm form = valid();
        form.setReminderMinutes(null);

        assertEquals(List.of(), ScheduleRules.check(form));
    }

    @Test
    @DisplayName("Opportunity id must be positive; the service checks the contact")
    void idsPositive() {
        ScheduleForm form = valid();
        form.setContactId(0L);
        form.setOpportunityId(-5L);

        assertEquals(List.of(new ScheduleProblem(ScheduleError.OPPORTUNITY_INVALID)), ScheduleRules.check(form));
    }

    @Test
    @DisplayName("Normalising trims text and turns blank text into null")
    void normalizeTrims() {
        ScheduleForm form = valid();
        form.setSubject("  拜访客户 ");
        form.setPlace("   ");
        form.setNotes("\n带上报价单\n");
        form.setType(" VISIT ");

        ScheduleForm clean = ScheduleRules.normalize(form, SHANGHAI);

        assertEquals("拜访客户", clean.getSubject());
        assertNull(clean.getPlace());
        assertEquals("带上报价单", clean.getNotes());
        assertEquals("VISIT", clean.getType());
        assertEquals("  拜访客户 ", form.getSubject(), "the caller's form stays as it was");
    }

    @Test
    @DisplayName("An all-day schedule runs from midnight to midnight in the company zone")
    void allDayBoundaries() {
        ScheduleForm form = valid();
        form.setAllDay(true);
        // 09:00 to 10:00 on 4 March 2030 in Shanghai.
        form.setStart(NINE);
        form.setEnd(NINE.plusSeconds(3600));

        ScheduleForm clean = ScheduleRules.normalize(form, SHANGHAI);

        assertEquals(Instant.parse("2030-03-03T16:00:00Z"), clean.getStart());
        assertEquals(Instant.parse("2030-03-04T16:00:00Z"), clean.getEnd());
        assertEquals(List.of(), ScheduleRules.check(clean));
    }

    @Test
    @DisplayName("An all-day end at midnight stays where it is")
    void allDayEndAtMidnightKept() {
        ScheduleForm form = valid();
        form.setAllDay(true);
        form.setStart(LocalDate.of(2030, 3, 4).atStartOfDay(SHANGHAI).toInstant());
        form.setEnd(LocalDate.of(2030, 3, 6).atStartOfDay(SHANGHAI).toInstant());

        ScheduleForm clean = ScheduleRules.normalize(form, SHANGHAI);

        assertEquals(form.getStart(), clean.getStart());
        assertEquals(form.getEnd(), clean.getEnd());
    }

    @Test
    @DisplayName("An all-day schedule across a daylight saving change keeps whole days")
    void allDayAcrossDaylightSaving() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ScheduleForm form = valid();
        form.setAllDay(true);
        // Clocks go forward on 31 March 2030 in Berlin, so that day has 23 hours.
        form.setStart(Instant.parse("2030-03-31T10:00:00Z"));
        form.setEnd(Instant.parse("2030-03-31T12:00:00Z"));

        ScheduleForm clean = ScheduleRules.normalize(form, berlin);

        assertEquals(Instant.parse("2030-03-30T23:00:00Z"), clean.getStart());
        assertEquals(Instant.parse("2030-03-31T22:00:00Z"), clean.getEnd());
        assertEquals(Duration.ofHours(23), Duration.between(clean.getStart(), clean.getEnd()));
    }

    @Test
    @DisplayName("All-day schedules of 31 days pass even across a daylight saving change")
    void longestAllDayAcrossDaylightSaving() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ScheduleForm form = valid();
        form.setAllDay(true);
        // 31 whole days that include the change back to winter time on 27 October 2030.
        form.setStart(LocalDate.of(2030, 10, 10).atStartOfDay(berlin).toInstant());
        form.setEnd(LocalDate.of(2030, 11, 10).atStartOfDay(berlin).toInstant());

        ScheduleForm clean = ScheduleRules.normalize(form, berlin);

        assertEquals(Duration.ofDays(31).plusHours(1), Duration.between(clean.getStart(), clean.getEnd()));
        assertTrue(ScheduleRules.check(clean).isEmpty(), ScheduleRules.check(clean).toString());
    }

    @Test
    @DisplayName("A timed schedule keeps its times when normalised")
    void timedKept() {
        ScheduleForm form = valid();

        ScheduleForm clean = ScheduleRules.normalize(form, SHANGHAI);

        assertEquals(form.getStart(), clean.getStart());
        assertEquals(form.getEnd(), clean.getEnd());
    }

    private static ScheduleForm valid() {
        ScheduleForm form = new ScheduleForm();
        form.setSubject("拜访客户");
        form.setType("VISIT");
        form.setStart(NINE);
        form.setEnd(NINE.plusSeconds(3600));
        form.setReminderMinutes(15);
        return form;
    }
}
