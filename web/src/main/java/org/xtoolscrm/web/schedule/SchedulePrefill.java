package org.xtoolscrm.web.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;
import org.xtoolscrm.schedule.ScheduleRules;

/**
 * A new schedule asked for by link, such as a follow-up that another page offers:
 * {@code newSchedule=YYYY-MM-DD}, and optionally {@code subject=TEXT} and {@code contact=ID}.
 * Invalid values are dropped rather than reported, because the link came from a page, not
 * from the user: without a valid date there is no prefill at all, a subject longer than a
 * schedule's is cut, and a contact id that is not a positive number is left out.
 *
 * @param date      the day the schedule is on
 * @param subject   the subject, or null
 * @param contactId the contact the schedule is with, or null
 */
public record SchedulePrefill(LocalDate date, String subject, Long contactId) {

    public static final String DATE_PARAMETER = "newSchedule";
    public static final String SUBJECT_PARAMETER = "subject";
    public static final String CONTACT_PARAMETER = "contact";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Reads the prefill from request parameters; empty when the date is missing or invalid. */
    public static Optional<SchedulePrefill> from(Map<String, String> parameters) {
        LocalDate date = date(parameters.get(DATE_PARAMETER));
        if (date == null) {
            return Optional.empty();
        }
        return Optional.of(new SchedulePrefill(date, subject(parameters.get(SUBJECT_PARAMETER)),
                positiveId(parameters.get(CONTACT_PARAMETER))));
    }

    /** Returns the date of a {@code YYYY-MM-DD} text, or null when the text is not one. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String subject(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String subject = text.strip();
        if (subject.codePointCount(0, subject.length()) <= ScheduleRules.SUBJECT_MAX) {
            return subject;
        }
        return subject.substring(0, subject.offsetByCodePoints(0, ScheduleRules.SUBJECT_MAX)).strip();
    }

    private static Long positiveId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
