package org.xtoolscrm.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.xtoolscrm.persistence.JoinOrder;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;
import org.xtoolscrm.persistence.LikePatterns;

/**
 * Builds the JPQL of the customer list from a filter and the caller's visibility
 * condition. The condition is always part of the WHERE clause, so paging, counting,
 * sorting and batch actions never see a record outside it.
 */
final class CustomerQuery {

    private static final String ROW = "SELECT NEW org.xtoolscrm.customer.CustomerRow("
            + "c.id, c.code, c.name, c.type, c.status, c.contactName, c.industry, c.region, "
            + "c.province, c.city, c.phone, o.displayName, c.updatedAt) "
            + "FROM Customer c JOIN c.owner o";

    private final JpqlWhere where = new JpqlWhere();

    CustomerQuery(JpqlCondition visible, CustomerFilter filter) {
        where.and(visible);
        if (filter == null) {
            return;
        }
        where.startsWith("c.name", "name", filter.namePrefix())
                .startsWith("c.code", "code", filter.codePrefix())
                .startsWith("c.city", "city", filter.cityPrefix())
                .equalsIfSet("c.status", "status", filter.status())
                .equalsIfSet("c.type", "type", filter.type())
                .equalsIfSet("c.owner.id", "ownerId", filter.ownerId())
                .startsWith("c.industry", "industry", filter.industryPrefix())
                .startsWith("c.region", "region", filter.regionPrefix());
        if (filter.search() != null && !filter.search().isBlank()) {
            where.and("(c.name LIKE :search OR c.phone LIKE :search OR c.contactName LIKE :search "
                    + "OR c.email LIKE :search)", "search", LikePatterns.prefix(filter.search()));
        }
    }

    TypedQuery<CustomerRow> rows(EntityManager em, CustomerSortField sort, boolean ascending) {
        CustomerSortField field = sort == null ? CustomerSortField.NAME : sort;
        String direction = ascending ? " ASC" : " DESC";
        String jpql = ROW + where + " ORDER BY " + field.path() + direction + ", c.id" + direction;
        return JoinOrder.asWritten(where.bind(em.createQuery(jpql, CustomerRow.class)));
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(c) FROM Customer c" + where, Long.class));
    }

    TypedQuery<Long> ids(EntityManager em) {
        return where.bind(em.createQuery("SELECT c.id FROM Customer c" + where + " ORDER BY c.id", Long.class));
    }
}
