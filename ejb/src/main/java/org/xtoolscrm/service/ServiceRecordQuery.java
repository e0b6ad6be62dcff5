package org.xtoolscrm.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Builds the JPQL of a service record list from a filter and an access condition. The
 * access condition and the recycle bin filter are always part of the WHERE clause, so
 * paging, counting and the sum of hours never see a record outside them.
 */
final class ServiceRecordQuery {

    private static final String FROM = " FROM ServiceRecord r JOIN r.customer c JOIN r.handler h";

    private final JpqlWhere where = new JpqlWhere();

    /**
     * @param access the condition on {@code c} that limits the list to what the caller may
     *               see, such as the visible customers or one customer already checked
     */
    ServiceRecordQuery(JpqlCondition access, ServiceRecordFilter filter) {
        where.and("r.deletionId IS NULL").and(access);
        if (filter == null) {
            return;
        }
        where.equalsIfSet("r.typeCode", "typeCode", AfterSalesText.code(filter.typeCode()))
                .equalsIfSet("h.id", "handlerId", filter.handlerId())
                .contains("CONCAT(c.name, ' ', r.content)", "search", filter.search());
        if (filter.from() != null) {
            where.and("r.serviceDate >= :fromDate", "fromDate", filter.from());
        }
        if (filter.to() != null) {
            where.and("r.serviceDate <= :toDate", "toDate", filter.to());
        }
    }

    TypedQuery<ServiceRecordRow> rows(EntityManager em, ServiceRecordSortField sort, boolean ascending) {
        ServiceRecordSortField field = sort == null ? ServiceRecordSortField.DATE : sort;
        String direction = ascending ? " ASC" : " DESC";
        return where.bind(em.createQuery(ServiceRecordRow.SELECT + FROM + where + " ORDER BY " + field.path()
                + direction + ", r.id" + direction, ServiceRecordRow.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(r)" + FROM + where, Long.class));
    }

    /** Returns the sum of the hours of every matching record; null when no record has hours. */
    TypedQuery<BigDecimal> hours(EntityManager em) {
        return where.bind(em.createQuery("SELECT SUM(r.hours)" + FROM + where, BigDecimal.class));
    }
}
