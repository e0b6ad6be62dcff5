package org.xtoolscrm.web.activity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Builds the link that opens the customer view's schedules tab with a new schedule
 * prefilled from an activity's next step:
 * {@code /customer/view.xhtml?id=C&tab=schedules&newSchedule=YYYY-MM-DD&subject=TEXT&contact=ID}.
 * The schedules tab reads these parameters; {@code contact} is present only when the
 * activity names a contact.
 */
public final class FollowUpLink {

    /**
     * The longest subject the link carries, the same as a task's subject. A longer one
     * is cut with an ellipsis, so the schedule dialog opens with a subject it accepts.
     */
    public static final int SUBJECT_MAX = 200;

    private FollowUpLink() {
    }

    /**
     * Returns the link, with every parameter value URL-encoded.
     *
     * @param contextPath    the application's context path, such as {@code /crm}
     * @param subject        the schedule's subject: the next step's text, or a default that names the customer
     * @param contactId      the contact of the activity, or null
     */
    public static String of(String contextPath, long customerId, LocalDate date, String subject, Long contactId) {
        StringBuilder link = new StringBuilder(contextPath)
                .append("/customer/view.xhtml?id=").append(customerId)
                .append("&tab=schedules")
                .append("&newSchedule=").append(date)
                .append("&subject=").append(encode(cut(subject.strip())));
        if (contactId != null) {
            link.append("&contact=").append(contactId);
        }
        return link.toString();
    }

    /** Returns the subject for a next step: its text, or the default when the text is blank. */
    public static String subject(String nextStep, String defaultSubject) {
        return nextStep == null || nextStep.isBlank() ? defaultSubject : nextStep.strip();
    }

    static String cut(String text) {
        return text.length() <= SUBJECT_MAX ? text : text.substring(0, SUBJECT_MAX - 1) + "…";
    }

    /** Encodes a query parameter value, with spaces as %20 rather than +, which every reader decodes alike. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
