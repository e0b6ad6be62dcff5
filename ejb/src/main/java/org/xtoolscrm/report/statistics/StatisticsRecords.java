package org.xtoolscrm.report.statistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * The records a statistic counts: those of its subject that the caller may see, of the chosen
 * owners, in the period, and meeting the conditions. The aliases are {@code c} for the
 * customer, {@code o} for the record's owner, {@code k} for a contract, {@code r} for a
 * payment and {@code a} for an activity. A payment's owner is its contract's owner, because
 * the records of a contract follow it; an activity's owner is the user who recorded it.
 */
final class StatisticsRecords {

    private final StatisticsSubject subject;
    private final JpqlWhere where = new JpqlWhere();

    /**
     * @param visible    the caller's visibility condition for the subject
     * @param owners     the owners to cover, or null for every visible owner
     * @param from       the first day of the period, or null
     * @param to         the last day of the period, or null
     * @param zone       the company's time zone, which decides the days of instants
     * @param conditions the filters and the advanced query as one condition
     */
    StatisticsRecords(StatisticsSubject subject, JpqlCondition visible, Set<Long> owners, LocalDate from,
                      LocalDate to, ZoneId zone, JpqlCondition conditions) {
        this.subject = subject;
        switch (subject) {
            case CONTRACT -> where.and("k.status <> :draft", "draft", ContractStatus.DRAFT);
            case PAYMENT -> where.and("r.contractId = k.id").and("r.deletionId IS NULL");
            case ACTIVITY -> where.and("a.deletionId IS NULL");
            case CUSTOMER -> {
                // The visibility condition makes sure the customer is live.
            }
        }
        where.and(visible);
        if (owners != null) {
            where.and("o.id IN :statisticsOwners", "statisticsOwners", owners);
        }
        period(from, to, zone);
        where.and(conditions);
    }

    private void period(LocalDate from, LocalDate to, ZoneId zone) {
        String path = datePath(subject);
        boolean instant = subject == StatisticsSubject.CUSTOMER || subject == StatisticsSubject.ACTIVITY;
        if (from != null) {
            where.and(path + " >= :periodFrom", "periodFrom", instant ? startOf(from, zone) : from);
        }
        if (to != null) {
            if (instant) {
                where.and(path + " < :periodTo", "periodTo", startOf(to.plusDays(1), zone));
            } else {
                where.and(path + " <= :periodTo", "periodTo", to);
            }
        }
    }

    /** Returns the date a subject's period limits: a UTC instant for customers and activities, else a day. */
    static String datePath(StatisticsSubject subject) {
        return switch (subject) {
            case CUSTOMER -> "c.createdAt";
            case CONTRACT -> "k.signedOn";
            case PAYMENT -> "r.receivedOn";
            case ACTIVITY -> "a.time";
        };
    }

    /** Returns the first instant of a day in the zone. */
    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * Creates the query {@code select FROM … WHERE … groupBy}.
     *
     * @param select  the SELECT clause
     * @param groupBy the GROUP BY clause with its leading blank, or an empty string
     */
    <T> TypedQuery<T> query(EntityManager em, String select, String groupBy, Class<T> type) {
        return where.bind(em.createQuery(select + from() + where + groupBy, type));
    }

    /** Creates the query with one more condition for this query only, such as the bounds of an offset segment. */
    <T> TypedQuery<T> query(EntityManager em, String select, JpqlCondition extra, String groupBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + from() + where + " AND " + extra.jpql() + groupBy, type);
        extra.parameters().forEach(query::setParameter);
        return where.bind(query);
    }

    private String from() {
        return switch (subject) {
            case CUSTOMER -> " FROM Customer c JOIN c.owner o";
            case CONTRACT -> " FROM Contract k JOIN k.customer c JOIN k.owner o";
            case PAYMENT -> " FROM PaymentRecord r, Contract k JOIN k.customer c JOIN k.owner o";
            case ACTIVITY -> " FROM Activity a JOIN a.customer c JOIN a.owner o";
        };
    }
}
