package org.xtoolscrm.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xtoolscrm.company.CompanyCalendar;

@DisplayName("Activity field rules")
class ActivityRulesTest {

    /** 00:30 on 11 March in Shanghai, 16:30 on 10 March in UTC. */
    private static final Instant NOW = Instant.parse("2026-03-10T16:30:00Z");
    private static final CompanyCalendar SHANGHAI = new CompanyCalendar(ZoneId.of("Asia/Shanghai"),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private static final Set<String> TYPES = Set.of("CALL", "VISIT");

    @Test
    @DisplayName("Complete form passes")
    void validForm() {
        assertEquals(List.of(), problems(form()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    @DisplayName("Type is required")
    void typeMissing(String type) {
        ActivityForm form = form();
        form.setType(type);

        List<ActivityProblem> problems = problems(form);

        assertEquals(List.of(ActivityProblem.of(ActivityError.TYPE_MISSING)), problems);
        assertEquals("type", problems.get(0).field());
    }

    @Test
    @DisplayName("Type outside the allowed codes is unknown")
    void typeUnknown() {
        ActivityForm form = form();
        form.setType("FAX");

        assertEquals(List.of(ActivityProblem.of(ActivityError.TYPE_UNKNOWN, "FAX")), problems(form));
    }

    @Test
    @DisplayName("Time is required")
    void timeMissing() {
        ActivityForm form = form();
        form.setTime(null);

        assertEquals(List.of(ActivityProblem.of(ActivityError.TIME_MISSING)), problems(form));
    }

    @Test
    @DisplayName("Time past the tolerance is in the future")
    void timeInFuture() {
        ActivityForm withinMargin = form();
        withinMargin.setTime(NOW.plus(ActivityRules.FUTURE_TOLERANCE));
        ActivityForm beyond = form();
        beyond.setTime(NOW.plus(ActivityRules.FUTURE_TOLERANCE).plusSeconds(1));

        assertEquals(List.of(), problems(withinMargin));
        assertEquals(List.of(ActivityProblem.of(ActivityError.TIME_IN_FUTURE)), problems(beyond));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \n "})
    @DisplayName("Content is required")
    void contentMissing(String content) {
        ActivityForm form = form();
        form.setContent(content);

        assertEquals(List.of(ActivityProblem.of(ActivityError.CONTENT_MISSING)), problems(form));
    }

    @Test
    @DisplayName("Text limits: content 4000, outcome 1000, next step 200")
    void textLimits() {
        ActivityForm longest = form();
        longest.setContent("谈".repeat(Activity.CONTENT_MAX));
        longest.setOutcome("果".repeat(Activity.OUTCOME_MAX));
        longest.setNextStep("步".repeat(Activity.NEXT_STEP_MAX));
        ActivityForm tooLong = form();
        tooLong.setContent("谈".repeat(Activity.CONTENT_MAX + 1));
        tooLong.setOutcome("果".repeat(Activity.OUTCOME_MAX + 1));
        tooLong.setNextStep("步".repeat(Activity.NEXT_STEP_MAX + 1));

        assertEquals(List.of(), problems(longest));
        assertEquals(List.of(ActivityProblem.of(ActivityError.CONTENT_TOO_LONG, Activity.CONTENT_MAX),
                ActivityProblem.of(ActivityError.OUTCOME_TOO_LONG, Activity.OUTCOME_MAX),
                ActivityProblem.of(ActivityError.NEXT_STEP_TOO_LONG, Activity.NEXT_STEP_MAX)), problems(tooLong));
    }

    @Test
    @DisplayName("Next step date before the activity's company date is rejected")
    void nextStepBeforeActivity() {
        ActivityForm sameDay = form();
        sameDay.setTime(NOW);
        sameDay.setNextStepDate(LocalDate.of(2026, 3, 11));
        ActivityForm dayBefore = form();
        dayBefore.setTime(NOW);
        dayBefore.setNextStepDate(LocalDate.of(2026, 3, 10));

        assertEquals(List.of(), problems(sameDay), "11 March is the activity's date in Shanghai");
        List<ActivityProblem> problems = problems(dayBefore);
        assertEquals(List.of(ActivityProblem.of(ActivityError.NEXT_STEP_DATE_BEFORE_ACTIVITY,
                LocalDate.of(2026, 3, 11))), problems);
        assertEquals("nextStepDate", problems.get(0).field());
    }

    @Test
    @DisplayName("Contact is left to the service")
    void contactId() {
        ActivityForm form = form();
        form.setContactId(-1L);

        assertEquals(List.of(), problems(form), "the service checks the contact against the customer");
    }

    @Test
    @DisplayName("Saved text is trimmed, blank text is null")
    void applyCleansText() {
        ActivityForm form = form();
        form.setType(" CALL ");
        form.setContent("  Talked about the price  ");
        form.setOutcome(" ");
        Activity activity = new Activity();

        ActivityRules.apply(form, activity);

        assertEquals("CALL", activity.getType());
        assertEquals("Talked about the price", activity.getContent());
        assertNull(activity.getOutcome());
    }

    private static List<ActivityProblem> problems(ActivityForm form) {
        return ActivityRules.problems(form, TYPES, SHANGHAI);
    }

    private static ActivityForm form() {
        ActivityForm form = new ActivityForm();
        form.setType("CALL");
        form.setTime(NOW.minusSeconds(3600));
        form.setContent("Called about the quote");
        return form;
    }
}
