package org.xtoolscrm.workbench;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.money.ConvertedSum;
import org.xtoolscrm.money.CurrencyRateService;
import org.xtoolscrm.money.Rates;

/**
 * The workbench's company-wide figures. The schedules, tasks and payments due on the
 * workbench come from their own services, with their access rules.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class WorkbenchService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CurrencyRateService rates;

    /**
     * Returns the whole company's contract amount signed and payments received in the
     * calendar month of the given day, in the company currency. A contract counts when it is
     * signed (not a draft) and its signing date lies in the month. A payment counts when it
     * was received in the month on a live contract.
     */
    public CompanyTotals monthTotals(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        Rates current = rates.current();
        ConvertedSum signed = new ConvertedSum(current);
        em.createQuery("SELECT k.currency, SUM(k.amount) FROM Contract k WHERE k.deletionId IS NULL "
                        + "AND k.status <> :draft AND k.signedOn BETWEEN :first AND :last GROUP BY k.currency",
                        Object[].class)
                .setParameter("draft", ContractStatus.DRAFT)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList()
                .forEach(row -> signed.add((String) row[0], (BigDecimal) row[1]));
        ConvertedSum received = new ConvertedSum(current);
        List<Object[]> payments = em.createQuery("SELECT k.currency, SUM(r.amount) FROM PaymentRecord r, Contract k "
                        + "WHERE r.contractId = k.id AND r.deletionId IS NULL AND k.deletionId IS NULL "
                        + "AND r.receivedOn BETWEEN :first AND :last GROUP BY k.currency", Object[].class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
        payments.forEach(row -> received.add((String) row[0], (BigDecimal) row[1]));
        return new CompanyTotals(signed.rounded(), received.rounded());
    }
}
