package org.xtoolscrm.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a complaint's fields follow. They need no database, so the web layer runs them
 * before it calls the service and a user sees every invalid field at once. Whether the type
 * is an option of the data dictionary and whether the handler may be chosen is checked by
 * {@link ComplaintService}.
 */
public final class ComplaintRules {

    /** The earliest date a complaint may have been received; it catches typing errors such as 0025 for 2025. */
    public static final LocalDate MIN_RECEIVED_DATE = LocalDate.of(2000, 1, 1);

    public static final int SATISFACTION_MIN = 1;
    public static final int SATISFACTION_MAX = 5;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ComplaintRules() {
    }

    /**
     * Returns the broken rules of the form, in the order of the dialog's fields.
     *
     * @param now the current time in the company's time zone; the complaint cannot be received later
     */
    public static List<AfterSalesProblem> problems(ComplaintForm form, LocalDateTime now) {
        List<AfterSalesProblem> problems = new ArrayList<>();
        LocalDateTime received = form.getReceived();
        if (received == null) {
            problems.add(AfterSalesProblem.of(ComplaintError.RECEIVED_MISSING));
        } else if (received.isAfter(now)) {
            problems.add(AfterSalesProblem.of(ComplaintError.RECEIVED_IN_FUTURE,
                    MINUTES.format(now.truncatedTo(ChronoUnit.MINUTES))));
        } else if (received.toLocalDate().isBefore(MIN_RECEIVED_DATE)) {
            problems.add(AfterSalesProblem.of(ComplaintError.RECEIVED_TOO_EARLY, MIN_RECEIVED_DATE.toString()));
        }
        if (AfterSalesText.code(form.getTypeCode()) == null) {
            problems.add(AfterSalesProblem.of(ComplaintError.TYPE_MISSING));
        }
        if (form.getUrgency() == null) {
            problems.add(AfterSalesProblem.of(ComplaintError.URGENCY_MISSING));
        }
        String description = AfterSalesText.block(form.getDescription());
        if (description == null) {
            problems.add(AfterSalesProblem.of(ComplaintError.DESCRIPTION_MISSING));
        } else if (AfterSalesText.length(description) > Complaint.TEXT_MAX) {
            problems.add(AfterSalesProblem.of(ComplaintError.DESCRIPTION_TOO_LONG, Complaint.TEXT_MAX,
                    AfterSalesText.length(description)));
        }
        ComplaintStatus status = form.getStatus();
        if (status == null) {
            problems.add(AfterSalesProblem.of(ComplaintError.STATUS_MISSING));
        }
        String resolution = AfterSalesText.block(form.getResolution());
        if (resolution == null && status != null && status.isResolved()) {
            problems.add(AfterSalesProblem.of(ComplaintError.RESOLUTION_MISSING));
        } else if (AfterSalesText.length(resolution) > Complaint.TEXT_MAX) {
            problems.add(AfterSalesProblem.of(ComplaintError.RESOLUTION_TOO_LONG, Complaint.TEXT_MAX,
                    AfterSalesText.length(resolution)));
        }
        Integer satisfaction = form.getSatisfaction();
        if (satisfaction != null) {
            if (satisfaction < SATISFACTION_MIN || satisfaction > SATISFACTION_MAX) {
                problems.add(AfterSalesProblem.of(ComplaintError.SATISFACTION_OUT_OF_RANGE, SATISFACTION_MIN,
                        SATISFACTION_MAX));
            } else if (status != null && !status.isResolved()) {
                problems.add(AfterSalesProblem.of(ComplaintError.SATISFACTION_BEFORE_RESOLVED));
            }
        }
        return problems;
    }

    /**
     * Returns when the complaint counts as resolved after a save: the time of the save when
     * it becomes resolved or closed, the time it has when it was resolved already (moving
     * from RESOLVED to CLOSED keeps it), and null when it is open or in process again.
     *
     * @param before the status before the save, or null for a new complaint
     * @param after  the status the save sets
     * @param resolvedAt the time it was resolved before the save, or null
     */
    public static Instant resolvedAt(ComplaintStatus before, ComplaintStatus after, Instant resolvedAt, Instant now) {
        if (!after.isResolved()) {
            return null;
        }
        boolean wasResolved = before != null && before.isResolved() && resolvedAt != null;
        return wasResolved ? resolvedAt : now;
    }

    /**
     * Writes the fields of a checked form to the complaint, with the texts cleaned and the
     * time received converted from the company's time zone. Both times are kept to the
     * second, because Connector/J 9.7 drops fractions of a second on MariaDB 10.11, so a
     * finer time would read back different from the one just saved.
     */
    static void apply(ComplaintForm form, Complaint complaint, ZoneId zone, Instant now) {
        ComplaintStatus before = complaint.getId() == null ? null : complaint.getStatus();
        Instant saved = now.truncatedTo(ChronoUnit.SECONDS);
        complaint.setTypeCode(AfterSalesText.code(form.getTypeCode()));
        complaint.setUrgency(form.getUrgency());
        complaint.setDescription(AfterSalesText.block(form.getDescription()));
        complaint.setStatus(form.getStatus());
        complaint.setResolution(AfterSalesText.block(form.getResolution()));
        complaint.setSatisfaction(form.getSatisfaction());
        complaint.setReceivedAt(form.getReceived().truncatedTo(ChronoUnit.SECONDS).atZone(zone).toInstant());
        complaint.setResolvedAt(resolvedAt(before, form.getStatus(), complaint.getResolvedAt(), saved));
    }
}
