package org.xtoolscrm.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a schedule's fields follow, checked without the database. The service
 * checks the owner, the customer, the contact and the type option on top.
 */
public final class ScheduleRules {

    public static final int SUBJECT_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int NOTES_MAX = 2000;
    public static final int TYPE_MAX = 40;

    /** The maximum reminder lead time in minutes: one week before the start. */
    public static final int REMINDER_MAX = 7 * 24 * 60;

    /** The maximum length of a schedule in days. The range query relies on it to bound its index scan. */
    public static final int MAX_DAYS = 31;

    private ScheduleRules() {
    }

    /**
     * Returns the form with its text trimmed, blank text as null, and for an all-day
     * schedule the start moved back and the end moved forward to midnight in the zone.
     */
    public static ScheduleForm normalize(ScheduleForm form, ZoneId zone) {
        ScheduleForm clean = form.copy();
        clean.setSubject(clean(form.getSubject()));
        clean.setType(clean(form.getType()));
        clean.setPlace(clean(form.getPlace()));
        clean.setNotes(clean(form.getNotes()));
        if (form.isAllDay()) {
            clean.setStart(startOfDay(form.getStart(), zone));
            clean.setEnd(nextMidnight(form.getEnd(), zone));
        }
        return clean;
    }

    /** Returns every rule the form breaks, in the order of the form's fields; empty when it is valid. */
    public static List<ScheduleProblem> check(ScheduleForm form) {
        List<ScheduleProblem> problems = new ArrayList<>();
        checkText(problems, form.getSubject(), true, SUBJECT_MAX, ScheduleError.SUBJECT_MISSING,
                ScheduleError.SUBJECT_TOO_LONG);
        if (isBlank(form.getType())) {
            problems.add(new ScheduleProblem(ScheduleError.TYPE_MISSING));
        }
        checkTime(problems, form.getStart(), form.getEnd());
        checkText(problems, form.getPlace(), false, PLACE_MAX, null, ScheduleError.PLACE_TOO_LONG);
        Integer reminder = form.getReminderMinutes();
        if (reminder != null && (reminder < 0 || reminder > REMINDER_MAX)) {
            problems.add(new ScheduleProblem(ScheduleError.REMINDER_OUT_OF_RANGE, 0, REMINDER_MAX));
        }
        if (form.getOpportunityId() != null && form.getOpportunityId() <= 0) {
            problems.add(new ScheduleProblem(ScheduleError.OPPORTUNITY_INVALID));
        }
        checkText(problems, form.getNotes(), false, NOTES_MAX, null, ScheduleError.NOTES_TOO_LONG);
        return problems;
    }

    private static void checkTime(List<ScheduleProblem> problems, Instant start, Instant end) {
        if (start == null) {
            problems.add(new ScheduleProblem(ScheduleError.START_MISSING));
        }
        if (end == null) {
            problems.add(new ScheduleProblem(ScheduleError.END_MISSING));
        }
        if (start == null || end == null) {
            return;
        }
        if (!end.isAfter(start)) {
            problems.add(new ScheduleProblem(ScheduleError.END_NOT_AFTER_START));
        } else if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS).plusHours(1)) > 0) {
            // The extra hour lets an all-day schedule of MAX_DAYS days span a daylight saving change.
            problems.add(new ScheduleProblem(ScheduleError.TOO_LONG, MAX_DAYS));
        }
    }

    private static void checkText(List<ScheduleProblem> problems, String text, boolean required, int max,
                                  ScheduleError missing, ScheduleError tooLong) {
        if (isBlank(text)) {
            if (required) {
                problems.add(new ScheduleProblem(missing));
            }
            return;
        }
        // MySQL counts the characters of a utf8mb4 column in code points.
        if (text.codePointCount(0, text.length()) > max) {
            problems.add(new ScheduleProblem(tooLong, max));
        }
    }

    private static Instant startOfDay(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** Returns the instant when it is midnight in the zone, else the midnight after it. */
    private static Instant nextMidnight(Instant instant, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime time = instant.atZone(zone);
        if (time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return instant;
        }
        return time.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static String clean(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
