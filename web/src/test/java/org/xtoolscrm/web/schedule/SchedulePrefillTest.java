package org.xtoolscrm.web.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("New schedule asked for by link")
class SchedulePrefillTest {

    @Test
    @DisplayName("Date, subject and contact are read")
    void complete() {
        SchedulePrefill prefill = SchedulePrefill.from(Map.of("newSchedule", "2030-03-04",
                "subject", "  回访客户 ", "contact", "17")).orElseThrow();

        assertEquals(LocalDate.of(2030, 3, 4), prefill.date());
        assertEquals("回访客户", prefill.subject());
        assertEquals(17L, prefill.contactId());
    }

    @Test
    @DisplayName("Date alone is enough")
    void dateOnly() {
        SchedulePrefill prefill = SchedulePrefill.from(Map.of("newSchedule", "2030-12-31")).orElseThrow();

        assertEquals(LocalDate.of(2030, 12, 31), prefill.date());
        assertNull(prefill.subject());
        assertNull(prefill.contactId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tomorrow", "2030-02-30", "2030-13-01", "30-03-04", "2030-3-4", "2030-03-04T09:00",
        "<script>"})
    @DisplayName("Invalid date means no prefill")
    void invalidDateIgnored(String date) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("newSchedule", date);
        parameters.put("subject", "Follow up");

        assertTrue(SchedulePrefill.from(parameters).isEmpty());
    }

    @Test
    @DisplayName("Missing date means no prefill")
    void missingDate() {
        assertTrue(SchedulePrefill.from(Map.of("subject", "Follow up", "contact", "3")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-4", "abc", "1.5", "99999999999999999999"})
    @DisplayName("Invalid contact id is left out")
    void invalidContactIgnored(String contact) {
        SchedulePrefill prefill = SchedulePrefill.from(Map.of("newSchedule", "2030-03-04", "contact", contact))
                .orElseThrow();

        assertNull(prefill.contactId());
    }

    @Test
    @DisplayName("Blank subject is left out")
    void blankSubject() {
        SchedulePrefill prefill = SchedulePrefill.from(Map.of("newSchedule", "2030-03-04", "subject", "  "))
                .orElseThrow();

        assertNull(prefill.subject());
    }

    @Test
    @DisplayName("Long subject is cut to 200 characters")
    void longSubjectCut() {
        String subject = "访".repeat(150) + "😀".repeat(100);

        SchedulePrefill prefill = SchedulePrefill.from(Map.of("newSchedule", "2030-03-04", "subject", subject))
                .orElseThrow();

        assertEquals(200, prefill.subject().codePointCount(0, prefill.subject().length()));
        assertTrue(prefill.subject().startsWith("访".repeat(150) + "😀"));
    }
}
