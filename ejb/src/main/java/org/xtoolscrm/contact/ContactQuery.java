package org.xtoolscrm.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;
import org.xtoolscrm.persistence.LikePatterns;

/**
 * Builds the JPQL of contact lists. Every query leaves out contacts in the recycle bin, and
 * the list of all contacts always includes the caller's visibility condition on the customer,
 * so paging, counting and sorting never see a contact outside it.
 */
final class ContactQuery {

    private static final String ROW = "SELECT NEW org.xtoolscrm.contact.ContactRow("
            + "k.id, c.id, c.name, k.name, k.title, k.department, k.mobile, k.phone, k.email, k.birthday, "
            + "k.notes, k.mainContact, k.updatedAt) "
            + "FROM Contact k JOIN k.customer c";

    /** Main contacts first, then by name; the id makes the order total, so paging is stable. */
    private static final String MAIN_FIRST = " ORDER BY k.mainContact DESC, k.name, k.id";

    private final JpqlWhere where = new JpqlWhere();

    private ContactQuery() {
        where.and("k.deletionId IS NULL");
    }

    /** Returns the query of one customer's live contacts. The caller checks that the customer is visible. */
    static ContactQuery ofCustomer(long customerId) {
        ContactQuery query = new ContactQuery();
        query.where.and("c.id = :customerId", "customerId", customerId);
        return query;
    }

    /**
     * Returns the query of every live contact of the customers that the condition lets the
     * caller see.
     *
     * @param searchCustomers the ids of the visible customers whose name starts with the search
     *                        text. Null means there are too many to list, so the query matches
     *                        the customer's name itself, which no index serves.
     */
    static ContactQuery visible(JpqlCondition visibleCustomers, ContactFilter filter, List<Long> searchCustomers) {
        ContactQuery query = new ContactQuery();
        query.where.and(visibleCustomers);
        if (filter == null) {
            return query;
        }
        if (filter.mainOnly()) {
            query.where.and("k.mainContact = TRUE");
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            query.where.and(searchCondition(LikePatterns.prefix(filter.search()), searchCustomers));
        }
        return query;
    }

    /**
     * Returns the search condition. Listing the matching customers by id keeps every part of
     * the OR on the contact table, so MySQL and MariaDB can merge the ranges of its indexes
     * instead of reading every contact.
     */
    private static JpqlCondition searchCondition(String pattern, List<Long> searchCustomers) {
        String contactColumns = "k.name LIKE :search OR k.mobile LIKE :search OR k.phone LIKE :search "
                + "OR k.email LIKE :search";
        if (searchCustomers == null) {
            return new JpqlCondition("(" + contactColumns + " OR c.name LIKE :search)", Map.of("search", pattern));
        }
        if (searchCustomers.isEmpty()) {
            return new JpqlCondition("(" + contactColumns + ")", Map.of("search", pattern));
        }
        return new JpqlCondition("(" + contactColumns + " OR k.customer.id IN :searchCustomers)",
                Map.of("search", pattern, "searchCustomers", searchCustomers));
    }

    /** Returns the query of the ids of the visible customers whose name starts with the search text. */
    static TypedQuery<Long> customersNamed(EntityManager em, JpqlCondition visibleCustomers, String search) {
        JpqlWhere where = new JpqlWhere().and(visibleCustomers).startsWith("c.name", "search", search);
        return where.bind(em.createQuery("SELECT c.id FROM Customer c" + where, Long.class));
    }

    TypedQuery<ContactRow> mainFirst(EntityManager em) {
        return where.bind(em.createQuery(ROW + where + MAIN_FIRST, ContactRow.class));
    }

    TypedQuery<ContactRow> sorted(EntityManager em, ContactSortField sort, boolean ascending) {
        ContactSortField field = sort == null ? ContactSortField.NAME : sort;
        String direction = ascending ? " ASC" : " DESC";
        String jpql = ROW + where + " ORDER BY " + field.path() + direction + ", k.id" + direction;
        return where.bind(em.createQuery(jpql, ContactRow.class));
    }

    TypedQuery<ContactOption> options(EntityManager em) {
        return where.bind(em.createQuery("SELECT NEW org.xtoolscrm.contact.ContactOption(k.id, k.name, k.title) "
                + "FROM Contact k JOIN k.customer c" + where + MAIN_FIRST, ContactOption.class));
    }

    /** Returns the query that counts the live contacts with the id that belong to the customer: one or none. */
    static TypedQuery<Long> countLiveOfCustomer(EntityManager em, long contactId, long customerId) {
        return em.createQuery("SELECT COUNT(k) FROM Contact k WHERE k.id = :contactId "
                        + "AND k.customerId = :customerId AND k.deletionId IS NULL", Long.class)
                .setParameter("contactId", contactId)
                .setParameter("customerId", customerId);
    }

    TypedQuery<Long> count(EntityManager em) {
        return where.bind(em.createQuery("SELECT COUNT(k) FROM Contact k JOIN k.customer c" + where, Long.class));
    }
}
