package org.xtoolscrm.account.login;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.xtoolscrm.persistence.LikePatterns;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the JPQL of the login log page from a filter and the oldest instant the page may show. */
final class LoginLogQuery {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    LoginLogQuery(LoginLogFilter filter, Instant visibleFrom) {
        and("e.attemptedAt >= :visibleFrom", "visibleFrom", visibleFrom);
        if (filter == null) {
            return;
        }
        if (hasText(filter.loginPrefix())) {
            and("e.login LIKE :login", "login", LikePatterns.prefix(filter.loginPrefix()));
        }
        if (hasText(filter.ipPrefix())) {
            and("e.ipAddress LIKE :ip", "ip", LikePatterns.prefix(filter.ipPrefix()));
        }
        if (filter.outcome() != null) {
            and("e.outcome = :outcome", "outcome", filter.outcome());
        }
        if (filter.from() != null) {
            and("e.attemptedAt >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            and("e.attemptedAt < :to", "to", filter.to());
        }
    }

    TypedQuery<LoginLogEntry> rows(EntityManager em, LoginLogSortField sort, boolean ascending) {
        LoginLogSortField field = sort == null ? LoginLogSortField.ATTEMPTED_AT : sort;
        String direction = ascending ? " ASC" : " DESC";
        String jpql = "SELECT e FROM LoginLogEntry e" + where
                + " ORDER BY " + field.path() + direction + ", e.id" + direction;
        return bind(em.createQuery(jpql, LoginLogEntry.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(e) FROM LoginLogEntry e" + where, Long.class));
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
