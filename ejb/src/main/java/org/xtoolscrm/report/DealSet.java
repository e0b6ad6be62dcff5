package org.xtoolscrm.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * The deals a report covers: those the caller may see, of the chosen owners, with
 * {@code p} for the opportunity. The customer and owner tables are joined only when the
 * visibility condition needs them, which it does not for a Boss, so the company's funnel
 * reads the opportunity table and its indexes alone.
 */
final class DealSet {

    private final boolean joins;
    private final JpqlWhere where = new JpqlWhere();

    /**
     * @param visible the caller's visibility condition over {@code p}, {@code c} and {@code o}
     * @param owners  the owners to cover, or null for every visible owner
     */
    DealSet(JpqlCondition visible, Set<Long> owners) {
        this.joins = visible.jpql().contains("c.") || visible.jpql().contains("o.");
        where.and(visible);
        if (owners != null) {
            where.and("p.ownerId IN :owners", "owners", owners);
        }
    }

    /** Adds a condition with one named parameter. */
    DealSet and(String condition, String name, Object value) {
        where.and(condition, name, value);
        return this;
    }

    /** Adds a condition without parameters. */
    DealSet and(String condition) {
        where.and(condition);
        return this;
    }

    /**
     * Builds a query from a SELECT clause, further FROM items such as {@code , StageChange h},
     * further conditions starting with AND, and a tail such as a GROUP BY.
     */
    <T> TypedQuery<T> query(EntityManager em, String select, String moreFrom, String moreWhere, String tail,
                            Class<T> type) {
        String from = " FROM Opportunity p" + (joins ? " JOIN p.customer c JOIN p.owner o" : "") + moreFrom;
        return where.bind(em.createQuery(select + from + where + moreWhere + tail, type));
    }
}
