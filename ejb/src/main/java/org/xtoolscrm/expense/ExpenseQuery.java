package org.xtoolscrm.expense;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Builds the JPQL of an expense list from a filter and an access condition. The access
 * condition and the recycle bin filter are always part of the WHERE clause, so paging,
 * counting, totals and bulk decisions never see a record outside them. Aliases:
 * {@code e} the expense, {@code c} its customer, {@code f} its filer.
 */
final class ExpenseQuery {

    private static final String FROM = " FROM Expense e JOIN e.customer c JOIN e.filedBy f";

    private static final String ROW = "SELECT NEW org.xtoolscrm.expense.ExpenseRow("
            + "e.id, e.version, c.id, c.name, c.owner.id, f.id, f.displayName, e.expenseDate, e.typeCode, "
            + "e.amount, e.currency, e.description, e.status, d.displayName, e.decidedAt, e.decisionReason, "
            + "e.createdAt)" + FROM + " LEFT JOIN e.decidedBy d";

    private static final String TOTAL = "SELECT NEW org.xtoolscrm.expense.ExpenseTotal("
            + "e.status, e.currency, COUNT(e), SUM(e.amount))" + FROM;

    private final JpqlWhere where = new JpqlWhere();

    /**
     * @param access the condition that limits the list to what the caller may see, such
     *               as the visible customers or one customer already checked
     */
    ExpenseQuery(JpqlCondition access, ExpenseFilter filter) {
        where.and("e.deletionId IS NULL").and(access);
        if (filter == null) {
            return;
        }
        where.equalsIfSet("e.status", "status", filter.status())
                .equalsIfSet("f.id", "filedById", filter.filedById())
                .startsWith("c.name", "customerName", filter.customerNamePrefix());
        if (filter.typeCode() != null && !filter.typeCode().isBlank()) {
            where.and("e.typeCode = :typeCode", "typeCode", filter.typeCode().strip());
        }
        if (filter.from() != null) {
            where.and("e.expenseDate >= :fromDate", "fromDate", filter.from());
        }
        if (filter.to() != null) {
            where.and("e.expenseDate <= :toDate", "toDate", filter.to());
        }
    }

    /** Adds a condition, such as the filers the caller decides on. */
    ExpenseQuery and(JpqlCondition condition) {
        where.and(condition);
        return this;
    }

    TypedQuery<ExpenseRow> rows(EntityManager em, ExpenseSortField sort, boolean ascending) {
        ExpenseSortField field = sort == null ? ExpenseSortField.DATE : sort;
        String direction = ascending ? " ASC" : " DESC";
        String jpql = ROW + where + " ORDER BY " + field.path() + direction + ", e.id" + direction;
        return where.bind(em.createQuery(jpql, ExpenseRow.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(e)" + FROM + where, Long.class));
    }

    TypedQuery<ExpenseTotal> totals(EntityManager em) {
        return where.bind(em.createQuery(TOTAL + where + " GROUP BY e.status, e.currency "
                + "ORDER BY e.status, e.currency", ExpenseTotal.class));
    }

    TypedQuery<Long> ids(EntityManager em) {
        return where.bind(em.createQuery("SELECT e.id" + FROM + where + " ORDER BY e.id", Long.class));
    }
}
