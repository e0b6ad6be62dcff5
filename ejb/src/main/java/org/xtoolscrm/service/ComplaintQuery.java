package org.xtoolscrm.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Builds the JPQL of a complaint list from a filter and an access condition. The access
 * condition and the recycle bin filter are always part of the WHERE clause, so paging and
 * counting never see a complaint outside them.
 */
final class ComplaintQuery {

    private static final String FROM = " FROM Complaint x JOIN x.customer c JOIN x.handler h";

    private final JpqlWhere where = new JpqlWhere();

    /**
     * @param access the condition on {@code c} that limits the list to what the caller may
     *               see, such as the visible customers or one customer already checked
     * @param zone   the company's time zone, in which the filter's days start and end
     */
    ComplaintQuery(JpqlCondition access, ComplaintFilter filter, ZoneId zone) {
        where.and("x.deletionId IS NULL").and(access);
        if (filter == null) {
            return;
        }
        if (!filter.statuses().isEmpty()) {
            where.and("x.status IN :statuses", "statuses", filter.statuses());
        }
        where.equalsIfSet("x.urgency", "urgency", filter.urgency())
                .equalsIfSet("x.typeCode", "typeCode", AfterSalesText.code(filter.typeCode()))
                .equalsIfSet("h.id", "handlerId", filter.handlerId())
                .contains("CONCAT(c.name, ' ', x.description)", "search", filter.search());
        if (filter.from() != null) {
            where.and("x.receivedAt >= :fromTime", "fromTime", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            where.and("x.receivedAt < :toTime", "toTime", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    TypedQuery<ComplaintRow> rows(EntityManager em, ComplaintSortField sort, boolean ascending) {
        ComplaintSortField field = sort == null ? ComplaintSortField.RECEIVED : sort;
        String direction = ascending ? " ASC" : " DESC";
        return where.bind(em.createQuery(ComplaintRow.SELECT + FROM + where + " ORDER BY " + field.path()
                + direction + ", x.id" + direction, ComplaintRow.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(x)" + FROM + where, Long.class));
    }
}
