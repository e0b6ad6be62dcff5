package org.xtoolscrm.workbench;

import java.math.BigDecimal;

/**
 * This month's sales figures of the whole company in the company currency. Every
 * user sees them, whatever records they may see, because they are two sums and
 * show nothing of the records behind them.
 *
 * @param contractAmount   the amount of the contracts signed this month
 * @param paymentsReceived the payments received this month
 */
public record CompanyTotals(BigDecimal contractAmount, BigDecimal paymentsReceived) {

    public BigDecimal getContractAmount() {
        return contractAmount;
    }

    public BigDecimal getPaymentsReceived() {
        return paymentsReceived;
    }
}
