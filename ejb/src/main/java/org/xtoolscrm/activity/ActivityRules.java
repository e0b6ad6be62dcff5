package org.xtoolscrm.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.xtoolscrm.company.CompanyCalendar;

/**
 * The rules an activity's fields follow, checked before it is stored. They need no
 * database, because the service passes the activity type codes a form may use and
 * checks the contact against the customer itself. Every broken rule is reported, so a
 * form can mark all its invalid fields at once.
 */
public final class ActivityRules {

    /**
     * How far an activity's time may lie after now. An activity records something
     * done, and planned work belongs in a schedule or a task; the margin covers a form
     * filled in with the current minute and saved a moment later.
     */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private ActivityRules() {
    }

    /**
     * Returns the broken rules of the form, in the order of the dialog's fields.
     *
     * @param allowedTypes the type codes the form may use: the enabled ACTIVITY_TYPE
     *                     options, plus the stored type on an edit
     */
    public static List<ActivityProblem> problems(ActivityForm form, Collection<String> allowedTypes,
                                                 CompanyCalendar calendar) {
        List<ActivityProblem> problems = new ArrayList<>();
        String type = clean(form.getType());
        if (type == null) {
            problems.add(ActivityProblem.of(ActivityError.TYPE_MISSING));
        } else if (!allowedTypes.contains(type)) {
            problems.add(ActivityProblem.of(ActivityError.TYPE_UNKNOWN, type));
        }
        Instant time = form.getTime();
        if (time == null) {
            problems.add(ActivityProblem.of(ActivityError.TIME_MISSING));
        } else if (time.isAfter(calendar.now().plus(FUTURE_TOLERANCE))) {
            problems.add(ActivityProblem.of(ActivityError.TIME_IN_FUTURE));
        }
        checkText(problems, form.getContent(), Activity.CONTENT_MAX, ActivityError.CONTENT_MISSING,
                ActivityError.CONTENT_TOO_LONG);
        checkText(problems, form.getOutcome(), Activity.OUTCOME_MAX, null, ActivityError.OUTCOME_TOO_LONG);
        checkText(problems, form.getNextStep(), Activity.NEXT_STEP_MAX, null, ActivityError.NEXT_STEP_TOO_LONG);
        LocalDate nextStepDate = form.getNextStepDate();
        if (nextStepDate != null && time != null && nextStepDate.isBefore(calendar.dateOf(time))) {
            problems.add(ActivityProblem.of(ActivityError.NEXT_STEP_DATE_BEFORE_ACTIVITY, calendar.dateOf(time)));
        }
        return problems;
    }

    /** Writes the checked fields to an activity, trimmed, with blank text as null. */
    static void apply(ActivityForm form, Activity activity) {
        activity.setType(clean(form.getType()));
        activity.setTime(form.getTime());
        activity.setContactId(form.getContactId());
        activity.setOpportunityId(form.getOpportunityId());
        activity.setContent(clean(form.getContent()));
        activity.setOutcome(clean(form.getOutcome()));
        activity.setNextStep(clean(form.getNextStep()));
        activity.setNextStepDate(form.getNextStepDate());
    }

    /** Returns the text without surrounding whitespace, or null when it is blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** @param missing the error of a blank required text, or null when the text is optional */
    private static void checkText(List<ActivityProblem> problems, String text, int max, ActivityError missing,
                                  ActivityError tooLong) {
        String cleaned = clean(text);
        if (cleaned == null) {
            if (missing != null) {
                problems.add(ActivityProblem.of(missing));
            }
        } else if (cleaned.length() > max) {
            problems.add(ActivityProblem.of(tooLong, max));
        }
    }
}
