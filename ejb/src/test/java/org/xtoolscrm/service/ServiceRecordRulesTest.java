package org.xtoolscrm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Service record field rules")
class ServiceRecordRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    @Test
    @DisplayName("Complete form passes")
    void validForm() {
        assertEquals(List.of(), ServiceRecordRules.problems(form(), TODAY));
    }

    @Test
    @DisplayName("Date is required")
    void dateMissing() {
        ServiceRecordForm form = form();
        form.setDate(null);

        assertEquals(List.of(ServiceRecordError.DATE_MISSING), errors(form));
    }

    @Test
    @DisplayName("Today passes and tomorrow fails with today's date")
    void dateInFuture() {
        ServiceRecordForm today = form();
        today.setDate(TODAY);
        ServiceRecordForm tomorrow = form();
        tomorrow.setDate(TODAY.plusDays(1));

        assertEquals(List.of(), errors(today));
        assertEquals(List.of(ServiceRecordError.DATE_IN_FUTURE), errors(tomorrow));
        assertEquals(List.of("2026-03-11"), ServiceRecordRules.problems(tomorrow, TODAY).get(0).arguments());
    }

    @Test
    @DisplayName("Date before 2000 fails")
    void dateTooEarly() {
        ServiceRecordForm form = form();
        form.setDate(LocalDate.of(1999, 12, 31));

        assertEquals(List.of(ServiceRecordError.DATE_TOO_EARLY), errors(form));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    @DisplayName("Type is required")
    void typeMissing(String type) {
        ServiceRecordForm form = form();
        form.setTypeCode(type);

        assertEquals(List.of(ServiceRecordError.TYPE_MISSING), errors(form));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \r\n "})
    @DisplayName("Content is required")
    void contentMissing(String content) {
        ServiceRecordForm form = form();
        form.setContent(content);

        assertEquals(List.of(ServiceRecordError.CONTENT_MISSING), errors(form));
    }

    @Test
    @DisplayName("Content longer than 4000 characters fails with both lengths")
    void contentTooLong() {
        ServiceRecordForm form = form();
        form.setContent("服".repeat(ServiceRecord.CONTENT_MAX + 1));

        assertEquals(List.of(ServiceRecordError.CONTENT_TOO_LONG), errors(form));
        assertEquals(List.of(ServiceRecord.CONTENT_MAX, ServiceRecord.CONTENT_MAX + 1),
                ServiceRecordRules.problems(form, TODAY).get(0).arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "1.5", "999.9", "999.90", "12"})
    @DisplayName("Hours from 0 to 999.9 with one decimal pass")
    void hoursValid(String hours) {
        ServiceRecordForm form = form();
        form.setHours(new BigDecimal(hours));

        assertEquals(List.of(), errors(form));
    }

    @Test
    @DisplayName("Hours are optional")
    void hoursOptional() {
        ServiceRecordForm form = form();
        form.setHours(null);

        assertEquals(List.of(), errors(form));
    }

    @Test
    @DisplayName("Negative hours fail")
    void hoursNegative() {
        ServiceRecordForm form = form();
        form.setHours(new BigDecimal("-0.5"));

        assertEquals(List.of(ServiceRecordError.HOURS_NEGATIVE), errors(form));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "999.95"})
    @DisplayName("Hours above 999.9 fail")
    void hoursTooLarge(String hours) {
        ServiceRecordForm form = form();
        form.setHours(new BigDecimal(hours));

        assertEquals(List.of(ServiceRecordError.HOURS_TOO_LARGE), errors(form));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.25", "0.05"})
    @DisplayName("Hours with two decimals fail")
    void hoursTooPrecise(String hours) {
        ServiceRecordForm form = form();
        form.setHours(new BigDecimal(hours));

        assertEquals(List.of(ServiceRecordError.HOURS_TOO_PRECISE), errors(form));
    }

    @Test
    @DisplayName("Applying cleans the content and stores hours with one decimal")
    void applyCleans() {
        ServiceRecordForm form = form();
        form.setTypeCode(" TRAINING ");
        form.setContent("  Trained three operators.\r\n");
        form.setHours(new BigDecimal("2.50"));
        ServiceRecord record = new ServiceRecord(null);

        ServiceRecordRules.apply(form, record);

        assertEquals("TRAINING", record.getTypeCode());
        assertEquals("Trained three operators.", record.getContent());
        assertEquals(new BigDecimal("2.5"), record.getHours());
        assertEquals(LocalDate.of(2026, 3, 10), record.getServiceDate());
    }

    @Test
    @DisplayName("Applying keeps missing hours empty")
    void applyWithoutHours() {
        ServiceRecordForm form = form();
        form.setHours(null);
        ServiceRecord record = new ServiceRecord(null);

        ServiceRecordRules.apply(form, record);

        assertNull(record.getHours());
    }

    private static ServiceRecordForm form() {
        ServiceRecordForm form = new ServiceRecordForm();
        form.setDate(LocalDate.of(2026, 3, 10));
        form.setTypeCode("INSTALLATION");
        form.setContent("Installed the line controller.");
        form.setHours(new BigDecimal("3.5"));
        return form;
    }

    private static List<AfterSalesError> errors(ServiceRecordForm form) {
        return ServiceRecordRules.problems(form, TODAY).stream().map(AfterSalesProblem::error).toList();
    }
}
