package org.xtoolscrm.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.xtoolscrm.persistence.JoinOrder;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Builds the JPQL of a task list from a filter and the caller's visibility condition.
 * The condition is always part of the WHERE clause, so paging, counting and sorting
 * never see a task outside it.
 */
final class TaskQuery {

    private static final String FROM = " FROM Task t JOIN t.owner o LEFT JOIN t.customer c";

    /**
     * The row of a list. The contact's name comes from a live contact of the task's own
     * customer only, so a contact in the recycle bin shows no name. The count needs no contact.
     */
    private static final String ROW = "SELECT NEW org.xtoolscrm.task.TaskRow(t.id, t.subject, t.dueDate, "
            + "t.priority, t.done, t.doneAt, c.id, c.name, t.contactId, k.name, o.id, o.displayName, t.version)"
            + FROM + " LEFT JOIN Contact k ON k.id = t.contactId AND k.customerId = t.customerId "
            + "AND k.deletionId IS NULL";

    private final JpqlWhere where = new JpqlWhere();

    /**
     * @param visible    the condition that limits tasks to those the caller may see
     * @param callerId   the caller's account, for {@link TaskAssignee.Kind#CALLER}
     * @param customerId the customer whose tasks to list, or null for tasks of any customer or none
     */
    TaskQuery(JpqlCondition visible, TaskFilter filter, long callerId, Long customerId) {
        where.and(visible);
        switch (filter.state()) {
            case OPEN -> where.and("t.done = FALSE");
            case DONE -> where.and("t.done = TRUE");
            case ALL -> {
                // Both open and done tasks.
            }
        }
        switch (filter.assignee().kind()) {
            case CALLER -> where.and("o.id = :assignee", "assignee", callerId);
            case USER -> where.and("o.id = :assignee", "assignee", filter.assignee().userId());
            case SCOPE -> {
                // Every task the visibility condition lets through.
            }
        }
        where.equalsIfSet("c.id", "customer", customerId)
                .contains("t.subject", "subject", filter.subject());
    }

    /** Limits the list to the tasks that name the opportunity. */
    TaskQuery forOpportunity(long opportunityId) {
        where.and("t.opportunityId = :opportunity", "opportunity", opportunityId);
        return this;
    }

    TypedQuery<TaskRow> rows(EntityManager em, TaskSortField sort, boolean ascending) {
        TaskSortField field = sort == null ? TaskSortField.URGENCY : sort;
        String jpql = ROW + where + " ORDER BY " + field.orderBy(ascending);
        TypedQuery<TaskRow> rows = where.bind(em.createQuery(jpql, TaskRow.class));
        // A sort by a task column reads the task table first. A sort by the customer's or the
        // owner's name lets the database start from the joined table.
        return field == TaskSortField.CUSTOMER || field == TaskSortField.OWNER ? rows : JoinOrder.asWritten(rows);
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(t)" + FROM + where, Long.class));
    }
}
