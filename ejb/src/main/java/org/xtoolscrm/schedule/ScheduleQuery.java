package org.xtoolscrm.schedule;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Builds the JPQL of the schedule lists. Every query leaves out schedules in the
 * recycle bin; the caller adds who may see what.
 */
final class ScheduleQuery {

    /**
     * The maximum time from a reminder to the end of its schedule: the maximum reminder
     * before the start, plus the maximum schedule length with the hour that an all-day
     * schedule may gain on a daylight saving change.
     */
    static final Duration MAX_REMINDER_WINDOW = Duration.ofMinutes(ScheduleRules.REMINDER_MAX)
            .plus(Duration.ofDays(ScheduleRules.MAX_DAYS)).plusHours(1);

    /**
     * The row of a list. The contact's name comes from a live contact of the schedule's own
     * customer only, so a contact in the recycle bin shows no name.
     */
    private static final String ROW = "SELECT NEW org.xtoolscrm.schedule.ScheduleRow("
            + "s.id, s.version, o.id, o.displayName, s.startAt, s.endAt, s.allDay, s.type, s.subject, s.place, "
            + "c.id, c.name, s.contactId, k.name, s.done, s.reminderMinutes, s.reminderDismissed) "
            + "FROM Schedule s JOIN s.owner o LEFT JOIN s.customer c "
            + "LEFT JOIN Contact k ON k.id = s.contactId AND k.customerId = s.customerId AND k.deletionId IS NULL";

    /**
     * How far before a range a schedule that overlaps it may start. Schedules last at most
     * {@link ScheduleRules#MAX_DAYS} days, so the range query scans the start index from
     * here on instead of from the beginning of time.
     */
    private static final Duration LOOK_BACK = Duration.ofDays(ScheduleRules.MAX_DAYS + 1L);

    private final JpqlWhere where = new JpqlWhere().and("s.deletionId IS NULL");

    private ScheduleQuery() {
    }

    /**
     * Schedules that overlap the range: they start before its end and end after its start.
     *
     * @param ownerIds the owners whose calendars to read, or null for everyone's
     */
    static ScheduleQuery overlapping(CalendarRange range, Set<Long> ownerIds) {
        ScheduleQuery query = new ScheduleQuery();
        if (ownerIds != null) {
            query.where.and("s.owner.id IN :owners", "owners", ownerIds);
        }
        query.where.and("s.startAt >= :earliestStart", "earliestStart", range.from().minus(LOOK_BACK))
                .and("s.startAt < :rangeEnd", "rangeEnd", range.to())
                .and("s.endAt > :rangeStart", "rangeStart", range.from());
        return query;
    }

    /** Selects a customer's schedules that have not ended at the moment ({@code upcoming}) or have ended. */
    static ScheduleQuery ofCustomer(long customerId, Instant moment, boolean upcoming) {
        ScheduleQuery query = new ScheduleQuery();
        query.where.and("s.customer.id = :customerId", "customerId", customerId)
                .and(upcoming ? "s.endAt > :moment" : "s.endAt <= :moment", "moment", moment);
        return query;
    }

    /**
     * Selects the schedules that name an opportunity.
     *
     * @param ownerIds the owners whose schedules to include, or null for everyone's
     */
    static ScheduleQuery ofOpportunity(long opportunityId, Set<Long> ownerIds) {
        ScheduleQuery query = new ScheduleQuery();
        query.where.and("s.opportunityId = :opportunityId", "opportunityId", opportunityId);
        if (ownerIds != null) {
            query.where.and("s.owner.id IN :owners", "owners", ownerIds);
        }
        return query;
    }

    /** Selects every schedule of a customer. */
    static ScheduleQuery ofCustomer(long customerId) {
        ScheduleQuery query = new ScheduleQuery();
        query.where.and("s.customer.id = :customerId", "customerId", customerId);
        return query;
    }

    /**
     * Selects the owner's schedules whose {@link ReminderWindow} contains the moment, neither
     * done nor dismissed. A reminder window lasts at most {@link #MAX_REMINDER_WINDOW}, so
     * the index scan reads only the reminder times of that span before the moment, however
     * many schedules lie ahead.
     */
    static ScheduleQuery remindersDue(long ownerId, Instant moment) {
        ScheduleQuery query = new ScheduleQuery();
        query.where.and("s.owner.id = :ownerId", "ownerId", ownerId)
                .and("s.remindAt > :earliest", "earliest", moment.minus(MAX_REMINDER_WINDOW))
                .and("s.remindAt <= :moment", "moment", moment)
                .and("s.endAt > :moment")
                .and("s.done = FALSE")
                .and("s.reminderDismissed = FALSE");
        return query;
    }

    TypedQuery<ScheduleRow> rows(EntityManager em, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String jpql = ROW + where + " ORDER BY s.startAt" + direction + ", s.id" + direction;
        return where.bind(em.createQuery(jpql, ScheduleRow.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(s) FROM Schedule s" + where, Long.class));
    }
}
