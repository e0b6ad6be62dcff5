package org.xtoolscrm.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.persistence.LikePatterns;

/**
 * Builds the JPQL of the customer list from a filter and an access scope. The
 * scope condition, owners in scope or a share with the caller, is always part of
 * the WHERE clause, so paging, counting, sorting and batch actions never see a
 * record outside it.
 */
final class CustomerQuery {

    private static final String ROW = "SELECT NEW org.xtoolscrm.customer.CustomerRow("
            + "c.id, c.code, c.name, c.type, c.status, c.contactName, c.industry, "
            + "c.province, c.city, c.phone, o.displayName, c.updatedAt) "
            + "FROM Customer c JOIN c.owner o";

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * @param withShares whether the caller has customers shared with them; the share
     *                   condition is left out otherwise, so the owner index serves the query
     */
    CustomerQuery(AccessScope scope, boolean withShares, CustomerFilter filter) {
        if (!scope.all() && withShares) {
            where.append(" WHERE (c.owner.id IN :visibleOwners OR c.id IN "
                    + "(SELECT s.customerId FROM CustomerShare s WHERE s.userId = :viewer))");
            parameters.put("visibleOwners", scope.ownerIds());
            parameters.put("viewer", scope.userId());
        } else if (!scope.all()) {
            and("c.owner.id IN :visibleOwners", "visibleOwners", scope.ownerIds());
        }
        if (filter == null) {
            return;
        }
        if (hasText(filter.namePrefix())) {
            and("c.name LIKE :name", "name", LikePatterns.prefix(filter.namePrefix()));
        }
        if (hasText(filter.codePrefix())) {
            and("c.code LIKE :code", "code", LikePatterns.prefix(filter.codePrefix()));
        }
        if (hasText(filter.cityPrefix())) {
            and("c.city LIKE :city", "city", LikePatterns.prefix(filter.cityPrefix()));
        }
        if (filter.status() != null) {
            and("c.status = :status", "status", filter.status());
        }
        if (filter.type() != null) {
            and("c.type = :type", "type", filter.type());
        }
        if (filter.ownerId() != null) {
            and("c.owner.id = :ownerId", "ownerId", filter.ownerId());
        }
        if (hasText(filter.industryPrefix())) {
            and("c.industry LIKE :industry", "industry", LikePatterns.prefix(filter.industryPrefix()));
        }
        if (hasText(filter.regionPrefix())) {
            and("c.region LIKE :region", "region", LikePatterns.prefix(filter.regionPrefix()));
        }
        if (hasText(filter.search())) {
            and("(c.name LIKE :search OR c.phone LIKE :search OR c.contactName LIKE :search "
                    + "OR c.email LIKE :search)", "search", LikePatterns.prefix(filter.search()));
        }
    }

    TypedQuery<CustomerRow> rows(EntityManager em, CustomerSortField sort, boolean ascending) {
        CustomerSortField field = sort == null ? CustomerSortField.NAME : sort;
        String direction = ascending ? " ASC" : " DESC";
        String jpql = ROW + where + " ORDER BY " + field.path() + direction + ", c.id" + direction;
        return bind(em.createQuery(jpql, CustomerRow.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(c) FROM Customer c" + where, Long.class));
    }

    TypedQuery<Long> ids(EntityManager em) {
        return bind(em.createQuery("SELECT c.id FROM Customer c" + where + " ORDER BY c.id", Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void and(String condition, String name, Object value) {
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(condition);
        parameters.put(name, value);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
