package org.xtoolscrm.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.money.ConvertedSum;
import org.xtoolscrm.money.CurrencyRateService;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.opportunity.OpportunityVisibility;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * The money customers owe: a customer's totals for the 360 view, and the instalments due soon
 * for the workbench. Both count the contracts that are executing or completed and that
 * the caller may see, and read the settled part each instalment stores.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ReceivablesService {

    /** The statuses whose contracts are owed: signed and not terminated. */
    static final List<ContractStatus> OWED = List.of(ContractStatus.EXECUTING, ContractStatus.COMPLETED);

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CustomerService customers;

    @EJB
    private CurrencyRateService rates;

    @Inject
    private ContractVisibility visibility;

    @Inject
    private OpportunityVisibility ownerFilters;

    /**
     * Returns the money of a customer the caller may see, from the contracts the caller may
     * see, in the company currency.
     *
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public CustomerTotals customerTotals(long customerId) {
        customers.getVisible(customerId);
        JpqlCondition visible = visibility.condition();
        TypedQuery<Object[]> contracts = em.createQuery("SELECT k.currency, k.amount, "
                + "(SELECT COALESCE(SUM(r.amount), 0) FROM PaymentRecord r WHERE r.contractId = k.id "
                + "AND r.deletionId IS NULL)" + ContractQuery.FROM + " WHERE c.id = :customer AND k.status IN :owed "
                + "AND " + visible.jpql(), Object[].class);
        bind(contracts, visible).setParameter("customer", customerId).setParameter("owed", OWED);
        Rates current = rates.current();
        ConvertedSum amount = new ConvertedSum(current);
        ConvertedSum received = new ConvertedSum(current);
        ConvertedSum outstanding = new ConvertedSum(current);
        for (Object[] row : contracts.getResultList()) {
            String currency = (String) row[0];
            BigDecimal contractAmount = (BigDecimal) row[1];
            BigDecimal paid = (BigDecimal) row[2];
            amount.add(currency, contractAmount);
            received.add(currency, paid);
            outstanding.add(currency, contractAmount.subtract(paid).max(BigDecimal.ZERO));
        }

        TypedQuery<Object[]> late = em.createQuery("SELECT k.currency, SUM(p.amount - p.settled), COUNT(p) "
                + "FROM PaymentPlan p, Contract k JOIN k.customer c JOIN k.owner o WHERE p.contractId = k.id "
                + "AND p.deletionId IS NULL AND p.settled < p.amount AND p.dueOn < :today AND c.id = :customer "
                + "AND k.status IN :owed AND " + visible.jpql() + " GROUP BY k.currency", Object[].class);
        bind(late, visible).setParameter("customer", customerId).setParameter("owed", OWED)
                .setParameter("today", CompanyCalendar.current().today());
        ConvertedSum overdue = new ConvertedSum(current);
        long overdueCount = 0;
        for (Object[] row : late.getResultList()) {
            overdue.add((String) row[0], (BigDecimal) row[1]);
            overdueCount += ((Number) row[2]).longValue();
        }
        Set<String> unconverted = new TreeSet<>(amount.unconverted());
        unconverted.addAll(overdue.unconverted());
        return new CustomerTotals(amount.rounded(), received.rounded(), outstanding.rounded(), overdue.rounded(),
                overdueCount, current.companyCurrency(), unconverted);
    }

    /**
     * Returns the open instalments of contracts the caller may see that fall due within the
     * next days, today included, and those already overdue, earliest first.
     *
     * @param owners whose contracts; null for every contract the caller may see
     */
    public List<PaymentDueRow> dueSoon(OwnerFilter owners, int days, int max) {
        return dueQuery(owners, days, PaymentDueRow.SELECT, " ORDER BY p.dueOn, p.id", PaymentDueRow.class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Returns the open instalments of a customer the caller may see, on the contracts the
     * caller may see, due within the next days or already overdue, earliest first.
     *
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public List<PaymentDueRow> dueForCustomer(long customerId, int days, int max) {
        customers.getVisible(customerId);
        return dueQuery(null, days, PaymentDueRow.SELECT, " AND c.id = :dueCustomer ORDER BY p.dueOn, p.id",
                PaymentDueRow.class)
                .setParameter("dueCustomer", customerId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Counts the instalments {@link #dueSoon} lists. */
    public long countDueSoon(OwnerFilter owners, int days) {
        return dueQuery(owners, days, "SELECT COUNT(p)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> dueQuery(OwnerFilter owners, int days, String select, String order, Class<T> type) {
        JpqlCondition visible = visibility.condition();
        Set<Long> ownerIds = ownerFilters.owners(owners);
        if (ownerIds != null) {
            visible = new JpqlCondition(visible.jpql() + " AND o.id IN :dueOwners",
                    merged(visible.parameters(), "dueOwners", ownerIds));
        }
        LocalDate last = CompanyCalendar.current().today().plusDays(days - 1L);
        TypedQuery<T> query = em.createQuery(select + " FROM PaymentPlan p, Contract k JOIN k.customer c "
                + "JOIN k.owner o WHERE p.contractId = k.id AND p.deletionId IS NULL AND p.settled < p.amount "
                + "AND p.dueOn <= :last AND k.status IN :owed AND " + visible.jpql() + order, type);
        return bind(query, visible).setParameter("last", last).setParameter("owed", OWED);
    }

    private static Map<String, Object> merged(Map<String, Object> parameters, String name, Object value) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(name, value);
        return all;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, JpqlCondition condition) {
        condition.parameters().forEach(query::setParameter);
        return query;
    }
}
