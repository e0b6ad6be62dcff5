package org.xtoolscrm.opportunity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Builds the JPQL of an opportunity list from a filter and the caller's visibility
 * condition. The condition is always part of the WHERE clause, so paging, counting and
 * sorting never see a deal outside it.
 */
final class OpportunityQuery {

    static final String FROM = " FROM Opportunity p JOIN p.customer c JOIN p.owner o";

    private final JpqlWhere where = new JpqlWhere();

    /**
     * @param visible    the condition that limits deals to those the caller may see
     * @param owners     the owners the filter's {@link OwnerFilter} stands for, or null for any
     * @param customerId the customer whose deals to list, or null for all customers
     */
    OpportunityQuery(JpqlCondition visible, OpportunityFilter filter, Set<Long> owners, Long customerId) {
        where.and(visible)
                .equalsIfSet("p.outcome", "outcome", filter.outcome())
                .equalsIfSet("p.stage", "stage", filter.stage())
                .equalsIfSet("c.id", "customer", customerId);
        if (owners != null) {
            where.and("o.id IN :owners", "owners", owners);
        }
        if (filter.expectedFrom() != null) {
            where.and("p.expectedSignDate >= :expectedFrom", "expectedFrom", filter.expectedFrom());
        }
        if (filter.expectedTo() != null) {
            where.and("p.expectedSignDate <= :expectedTo", "expectedTo", filter.expectedTo());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.contains("CONCAT(p.name, ' ', c.name)", "name", filter.name());
        }
    }

    TypedQuery<OpportunityRow> rows(EntityManager em, OpportunitySortField sort, boolean ascending) {
        OpportunitySortField field = sort == null ? OpportunitySortField.EXPECTED_SIGN_DATE : sort;
        return where.bind(em.createQuery(OpportunityRow.SELECT + FROM + where + " ORDER BY "
                + field.orderBy(ascending), OpportunityRow.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(p)" + FROM + where, Long.class));
    }

    /** Returns the clause, for the board's and the funnel's own aggregates over the same deals. */
    JpqlWhere where() {
        return where;
    }
}
