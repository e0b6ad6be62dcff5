package org.xtoolscrm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Complaint field rules")
class ComplaintRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 11, 9, 30, 15);
    private static final Instant EARLIER = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-11T01:30:00Z");

    @Test
    @DisplayName("Complete open form passes")
    void validOpenForm() {
        assertEquals(List.of(), ComplaintRules.problems(form(), NOW));
    }

    @Test
    @DisplayName("Complete resolved form passes")
    void validResolvedForm() {
        ComplaintForm form = resolved(ComplaintStatus.RESOLVED);
        form.setSatisfaction(4);

        assertEquals(List.of(), ComplaintRules.problems(form, NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    @DisplayName("Type is required")
    void typeMissing(String type) {
        ComplaintForm form = form();
        form.setTypeCode(type);

        assertEquals(List.of(ComplaintError.TYPE_MISSING), errors(form));
    }

    @Test
    @DisplayName("Urgency is required")
    void urgencyMissing() {
        ComplaintForm form = form();
        form.setUrgency(null);

        assertEquals(List.of(ComplaintError.URGENCY_MISSING), errors(form));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \n\t ", "\u0007"})
    @DisplayName("Description is required")
    void descriptionMissing(String description) {
        ComplaintForm form = form();
        form.setDescription(description);

        assertEquals(List.of(ComplaintError.DESCRIPTION_MISSING), errors(form));
    }

    @Test
    @DisplayName("Description of 4000 characters passes and 4001 fails with both lengths")
    void descriptionLength() {
        ComplaintForm atLimit = form();
        atLimit.setDescription("投".repeat(Complaint.TEXT_MAX));
        ComplaintForm overLimit = form();
        overLimit.setDescription("诉".repeat(Complaint.TEXT_MAX + 1));

        assertEquals(List.of(), ComplaintRules.problems(atLimit, NOW));
        List<AfterSalesProblem> problems = ComplaintRules.problems(overLimit, NOW);
        assertEquals(List.of(ComplaintError.DESCRIPTION_TOO_LONG), errors(overLimit));
        assertEquals(List.of(Complaint.TEXT_MAX, Complaint.TEXT_MAX + 1), problems.get(0).arguments());
    }

    @Test
    @DisplayName("Status is required")
    void statusMissing() {
        ComplaintForm form = form();
        form.setStatus(null);

        assertEquals(List.of(ComplaintError.STATUS_MISSING), errors(form));
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"RESOLVED", "CLOSED"})
    @DisplayName("Resolved and closed complaints need a resolution")
    void resolutionRequired(ComplaintStatus status) {
        ComplaintForm form = resolved(status);
        form.setResolution("  \n ");

        assertEquals(List.of(ComplaintError.RESOLUTION_MISSING), errors(form));
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"OPEN", "PROCESSING"})
    @DisplayName("Open complaints need no resolution but may have one")
    void resolutionOptionalWhileOpen(ComplaintStatus status) {
        ComplaintForm without = form();
        without.setStatus(status);
        ComplaintForm with = form();
        with.setStatus(status);
        with.setResolution("Replacement part ordered");

        assertEquals(List.of(), errors(without));
        assertEquals(List.of(), errors(with));
    }

    @Test
    @DisplayName("Resolution longer than 4000 characters fails")
    void resolutionTooLong() {
        ComplaintForm form = resolved(ComplaintStatus.CLOSED);
        form.setResolution("x".repeat(Complaint.TEXT_MAX + 1));

        assertEquals(List.of(ComplaintError.RESOLUTION_TOO_LONG), errors(form));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    @DisplayName("Satisfaction outside 1 to 5 fails")
    void satisfactionOutOfRange(int score) {
        ComplaintForm form = resolved(ComplaintStatus.RESOLVED);
        form.setSatisfaction(score);

        List<AfterSalesProblem> problems = ComplaintRules.problems(form, NOW);
        assertEquals(List.of(ComplaintError.SATISFACTION_OUT_OF_RANGE), errors(form));
        assertEquals(List.of(1, 5), problems.get(0).arguments());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    @DisplayName("Satisfaction 1 and 5 pass once resolved")
    void satisfactionBounds(int score) {
        ComplaintForm form = resolved(ComplaintStatus.CLOSED);
        form.setSatisfaction(score);

        assertEquals(List.of(), errors(form));
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"OPEN", "PROCESSING"})
    @DisplayName("Satisfaction before the complaint is resolved fails")
    void satisfactionBeforeResolved(ComplaintStatus status) {
        ComplaintForm form = form();
        form.setStatus(status);
        form.setSatisfaction(3);

        assertEquals(List.of(ComplaintError.SATISFACTION_BEFORE_RESOLVED), errors(form));
    }

    @Test
    @DisplayName("Time received is required")
    void receivedMissing() {
        ComplaintForm form = form();
        form.setReceived(null);

        assertEquals(List.of(ComplaintError.RECEIVED_MISSING), errors(form));
    }

    @Test
    @DisplayName("Time received after now fails with the current minute")
    void receivedInFuture() {
        ComplaintForm form = form();
        form.setReceived(NOW.plusMinutes(1));

        List<AfterSalesProblem> problems = ComplaintRules.problems(form, NOW);
        assertEquals(List.of(ComplaintError.RECEIVED_IN_FUTURE), errors(form));
        assertEquals(List.of("2026-03-11 09:30"), problems.get(0).arguments());
    }

    @Test
    @DisplayName("Time received in the current minute passes")
    void receivedThisMinute() {
        ComplaintForm form = form();
        form.setReceived(NOW.withSecond(0));

        assertEquals(List.of(), errors(form));
    }

    @Test
    @DisplayName("Time received before 2000 fails")
    void receivedTooEarly() {
        ComplaintForm form = form();
        form.setReceived(LocalDateTime.of(1999, 12, 31, 23, 59));

        assertEquals(List.of(ComplaintError.RECEIVED_TOO_EARLY), errors(form));
    }

    @Test
    @DisplayName("Every broken rule is reported in the order of the fields")
    void allProblemsAtOnce() {
        ComplaintForm form = new ComplaintForm();
        form.setUrgency(null);
        form.setStatus(ComplaintStatus.CLOSED);
        form.setSatisfaction(9);

        assertEquals(List.of(ComplaintError.RECEIVED_MISSING, ComplaintError.TYPE_MISSING,
                ComplaintError.URGENCY_MISSING, ComplaintError.DESCRIPTION_MISSING, ComplaintError.RESOLUTION_MISSING,
                ComplaintError.SATISFACTION_OUT_OF_RANGE), errors(form));
    }

    @Test
    @DisplayName("Becoming resolved sets the time resolved to now")
    void resolvedAtSetOnResolve() {
        assertEquals(LATER, ComplaintRules.resolvedAt(ComplaintStatus.PROCESSING, ComplaintStatus.RESOLVED, null, LATER));
        assertEquals(LATER, ComplaintRules.resolvedAt(ComplaintStatus.OPEN, ComplaintStatus.CLOSED, null, LATER));
        assertEquals(LATER, ComplaintRules.resolvedAt(null, ComplaintStatus.RESOLVED, null, LATER));
    }

    @Test
    @DisplayName("Closing a resolved complaint keeps the time it was resolved")
    void resolvedAtKeptWhenClosed() {
        assertEquals(EARLIER, ComplaintRules.resolvedAt(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED, EARLIER, LATER));
        assertEquals(EARLIER, ComplaintRules.resolvedAt(ComplaintStatus.CLOSED, ComplaintStatus.CLOSED, EARLIER, LATER));
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"OPEN", "PROCESSING"})
    @DisplayName("Opening a resolved complaint again clears the time resolved")
    void resolvedAtClearedOnReopen(ComplaintStatus status) {
        assertNull(ComplaintRules.resolvedAt(ComplaintStatus.RESOLVED, status, EARLIER, LATER));
    }

    @Test
    @DisplayName("Applying cleans texts and keeps times to the second")
    void applyCleansAndConverts() {
        ComplaintForm form = resolved(ComplaintStatus.RESOLVED);
        form.setTypeCode(" BILLING ");
        form.setDescription("\r\n  Invoice shows the wrong amount.\r\nSecond line  \n");
        form.setReceived(LocalDateTime.of(2026, 3, 10, 8, 0, 5, 123_456_789));
        Complaint complaint = new Complaint(null);

        ComplaintRules.apply(form, complaint, ZoneId.of("Asia/Shanghai"), LATER.plusNanos(987_654_321));

        assertEquals("BILLING", complaint.getTypeCode());
        assertEquals("Invoice shows the wrong amount.\nSecond line", complaint.getDescription());
        assertEquals(Instant.parse("2026-03-10T00:00:05Z"), complaint.getReceivedAt());
        assertEquals(LATER, complaint.getResolvedAt());
    }

    @Test
    @DisplayName("Only resolved and closed count as resolved")
    void statusResolved() {
        assertFalse(ComplaintStatus.OPEN.isResolved());
        assertFalse(ComplaintStatus.PROCESSING.isResolved());
        assertTrue(ComplaintStatus.RESOLVED.isResolved());
        assertTrue(ComplaintStatus.CLOSED.isResolved());
    }

    @Test
    @DisplayName("A row stands out only while urgent and unresolved")
    void urgentOpenRow() {
        assertTrue(row(ComplaintUrgency.URGENT, ComplaintStatus.OPEN).urgentOpen());
        assertTrue(row(ComplaintUrgency.URGENT, ComplaintStatus.PROCESSING).urgentOpen());
        assertFalse(row(ComplaintUrgency.URGENT, ComplaintStatus.RESOLVED).urgentOpen());
        assertFalse(row(ComplaintUrgency.HIGH, ComplaintStatus.OPEN).urgentOpen());
    }

    private static ComplaintRow row(ComplaintUrgency urgency, ComplaintStatus status) {
        return new ComplaintRow(1L, 0, 2L, "Customer", "BILLING", urgency, "text", 3L, "Handler", status, null, null,
                EARLIER, null);
    }

    private static ComplaintForm form() {
        ComplaintForm form = new ComplaintForm();
        form.setTypeCode("PRODUCT_QUALITY");
        form.setUrgency(ComplaintUrgency.HIGH);
        form.setDescription("The pump leaks after two weeks.");
        form.setStatus(ComplaintStatus.OPEN);
        form.setReceived(LocalDateTime.of(2026, 3, 10, 14, 5));
        return form;
    }

    private static ComplaintForm resolved(ComplaintStatus status) {
        ComplaintForm form = form();
        form.setStatus(status);
        form.setResolution("Replaced the seal on site.");
        return form;
    }

    private static List<AfterSalesError> errors(ComplaintForm form) {
        return ComplaintRules.problems(form, NOW).stream().map(AfterSalesProblem::error).toList();
    }
}
