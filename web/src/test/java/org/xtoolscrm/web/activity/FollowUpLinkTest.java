package org.xtoolscrm.web.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Follow-up schedule link")
class FollowUpLinkTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 11);

    @Test
    @DisplayName("Link carries every parameter")
    void allParameters() {
        String link = FollowUpLink.of("/crm", 42, DATE, "Send the quote & samples", 7L);

        assertTrue(link.startsWith("/crm/customer/view.xhtml?"), link);
        Map<String, String> parameters = parameters(link);
        assertEquals("42", parameters.get("id"));
        assertEquals("schedules", parameters.get("tab"));
        assertEquals("2026-12-11", parameters.get("newSchedule"));
        assertEquals("Send the quote & samples", parameters.get("subject"));
        assertEquals("7", parameters.get("contact"));
    }

    @Test
    @DisplayName("Contact is left out when not set")
    void withoutContact() {
        String link = FollowUpLink.of("/crm", 42, DATE, "Call back", null);

        assertFalse(parameters(link).containsKey("contact"), link);
        assertFalse(link.contains("contact="), link);
    }

    @Test
    @DisplayName("Chinese and reserved characters are encoded")
    void encoding() {
        String link = FollowUpLink.of("/crm", 5, DATE, "回访 张总 #2 = 50%+", null);

        String query = URI.create(link).getRawQuery();
        assertFalse(query.contains(" "), query);
        assertFalse(query.contains("#"), query);
        assertFalse(query.contains("+"), "spaces are %20, a plus sign is %2B: " + query);
        assertTrue(query.contains("subject=%E5%9B%9E%E8%AE%BF%20"), query);
        assertEquals("回访 张总 #2 = 50%+", parameters(link).get("subject"));
    }

    @Test
    @DisplayName("Blank next step takes the default subject")
    void defaultSubject() {
        assertEquals("Follow up with 平安银行", FollowUpLink.subject("  ", "Follow up with 平安银行"));
        assertEquals("Follow up with 平安银行", FollowUpLink.subject(null, "Follow up with 平安银行"));
        assertEquals("Send samples", FollowUpLink.subject(" Send samples ", "Follow up with 平安银行"));
    }

    @Test
    @DisplayName("Subject longer than the maximum is cut")
    void longSubjectCut() {
        String subject = parameters(FollowUpLink.of("/crm", 1, DATE, "跟".repeat(250), null)).get("subject");

        assertEquals(FollowUpLink.SUBJECT_MAX, subject.length());
        assertTrue(subject.endsWith("…"), subject);
    }

    /** Decodes the query as a servlet container does. */
    private static Map<String, String> parameters(String link) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
