package org.xtoolscrm.contract;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Builds the JPQL of a contract list from a filter and the caller's visibility condition,
 * which is always part of the WHERE clause, so paging, counting and sorting never see a
 * contract outside it.
 */
final class ContractQuery {

    static final String FROM = " FROM Contract k JOIN k.customer c JOIN k.owner o";

    private final JpqlWhere where = new JpqlWhere();

    /**
     * @param visible    the condition that limits contracts to those the caller may see
     * @param owners     the owners the filter's owner filter stands for, or null for any
     * @param customerId the customer whose contracts to list, or null for all customers
     */
    ContractQuery(JpqlCondition visible, ContractFilter filter, Set<Long> owners, Long customerId) {
        where.and(visible)
                .equalsIfSet("k.status", "status", filter.status())
                .equalsIfSet("c.id", "customer", customerId)
                .equalsIfSet("k.opportunityId", "deal", filter.dealId());
        if (owners != null) {
            where.and("o.id IN :owners", "owners", owners);
        }
        if (filter.signedFrom() != null) {
            where.and("k.signedOn >= :signedFrom", "signedFrom", filter.signedFrom());
        }
        if (filter.signedTo() != null) {
            where.and("k.signedOn <= :signedTo", "signedTo", filter.signedTo());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.contains("CONCAT(k.number, ' ', k.title, ' ', c.name)", "text", filter.text());
        }
    }

    TypedQuery<ContractRow> rows(EntityManager em, ContractSortField sort, boolean ascending) {
        ContractSortField field = sort == null ? ContractSortField.SIGNED_ON : sort;
        return where.bind(em.createQuery(ContractRow.SELECT + FROM + where + " ORDER BY "
                + field.orderBy(ascending), ContractRow.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(k)" + FROM + where, Long.class));
    }
}
