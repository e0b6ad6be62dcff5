package org.xtoolscrm.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Builds the JPQL of the account list from a filter. Text filters match anywhere in the
 * value: a company has a few hundred accounts at most, so a scan costs little and finding
 * 伟 in 张伟 matters more than an index.
 */
final class AccountQuery {

    static final String ROW = "SELECT NEW org.xtoolscrm.account.AccountRow("
            + "u.id, u.login, u.displayName, u.role, s.id, s.displayName, u.mobile, u.email, u.enabled, u.version) "
            + "FROM User u LEFT JOIN u.superior s";

    private final JpqlWhere where = new JpqlWhere();

    AccountQuery(AccountFilter filter) {
        if (filter == null) {
            return;
        }
        where.contains("u.login", "login", filter.login())
                .contains("u.displayName", "name", filter.displayName())
                .contains("u.mobile", "mobile",
                        filter.mobile() == null ? null : filter.mobile().replaceAll("[\\s-]", ""))
                .contains("u.email", "email", filter.email())
                .equalsIfSet("u.role", "role", filter.role())
                .equalsIfSet("s.id", "superiorId", filter.superiorId())
                .equalsIfSet("u.enabled", "enabled", filter.enabled());
    }

    TypedQuery<AccountRow> rows(EntityManager em, AccountSortField sort, boolean ascending) {
        AccountSortField field = sort == null ? AccountSortField.LOGIN : sort;
        String direction = ascending ? " ASC" : " DESC";
        String jpql = ROW + where + " ORDER BY " + field.path() + direction + ", u.id" + direction;
        return where.bind(em.createQuery(jpql, AccountRow.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(u) FROM User u LEFT JOIN u.superior s" + where, Long.class));
    }
}
