package org.xtoolscrm.account.login;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import org.xtoolscrm.persistence.JpqlWhere;

/** Builds the JPQL of the login log page from a filter and the oldest instant the page may show. */
final class LoginLogQuery {

    private final JpqlWhere where = new JpqlWhere();

    LoginLogQuery(LoginLogFilter filter, Instant visibleFrom) {
        where.and("e.attemptedAt >= :visibleFrom", "visibleFrom", visibleFrom);
        if (filter == null) {
            return;
        }
        where.startsWith("e.login", "login", filter.loginPrefix())
                .startsWith("e.ipAddress", "ip", filter.ipPrefix())
                .equalsIfSet("e.outcome", "outcome", filter.outcome());
        if (filter.from() != null) {
            where.and("e.attemptedAt >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("e.attemptedAt < :to", "to", filter.to());
        }
    }

    TypedQuery<LoginLogEntry> rows(EntityManager em, LoginLogSortField sort, boolean ascending) {
        LoginLogSortField field = sort == null ? LoginLogSortField.ATTEMPTED_AT : sort;
        String direction = ascending ? " ASC" : " DESC";
        String jpql = "SELECT e FROM LoginLogEntry e" + where
                + " ORDER BY " + field.path() + direction + ", e.id" + direction;
        return where.bind(em.createQuery(jpql, LoginLogEntry.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(e) FROM LoginLogEntry e" + where, Long.class));
    }
}
