package org.xtoolscrm.persistence;

import jakarta.persistence.TypedQuery;

/**
 * Keeps the join order of a list query as its FROM clause gives it, the listed table first.
 * MariaDB otherwise may start from a small joined table, such as the owners of a team, read
 * every row of the listed table that belongs to them and sort them all for one page. With
 * the listed table first, it reads the index of the sort column and stops after the page.
 *
 * <p>The hint is EclipseLink's {@code eclipselink.sql.hint}, whose text goes right after
 * SELECT. MySQL and MariaDB run the text of a {@code /*! ... *}{@code /} comment as
 * STRAIGHT_JOIN, and H2 skips it as a comment.
 */
public final class JoinOrder {

    private static final String SQL_HINT = "eclipselink.sql.hint";

    private JoinOrder() {
    }

    /** Returns the query with the hint that keeps the order of its FROM clause. */
    public static <T> TypedQuery<T> asWritten(TypedQuery<T> query) {
        return query.setHint(SQL_HINT, "/*! STRAIGHT_JOIN */");
    }
}
