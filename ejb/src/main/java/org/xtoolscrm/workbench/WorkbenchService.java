package org.xtoolscrm.workbench;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import org.xtoolscrm.account.Role;

/**
 * The workbench's company-wide figures. The schedules and tasks on the workbench
 * come from their own services, with their access rules.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class WorkbenchService {

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    /**
     * Returns this month's signed contract amount and payments received for the whole
     * company.
     */
    public CompanyTotals monthTotals(InstantRange month) {
        // NOTE: the product records no contracts or payments yet, so both sums are zero
        // until the contract feature stores them and sums them over the month here.
        return new CompanyTotals(NONE, NONE);
    }
}
