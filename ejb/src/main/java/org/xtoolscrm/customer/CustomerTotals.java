package org.xtoolscrm.customer;

import java.math.BigDecimal;

/**
 * The money figures of one customer in the company currency, computed when the 360
 * view opens.
 *
 * @param contractAmount   the amount of the customer's signed contracts
 * @param paymentsReceived the payments received on them
 */
public record CustomerTotals(BigDecimal contractAmount, BigDecimal paymentsReceived) {

    /** The totals of a customer without contracts. */
    public static final CustomerTotals NONE = new CustomerTotals(BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2));

    public BigDecimal getContractAmount() {
        return contractAmount;
    }

    public BigDecimal getPaymentsReceived() {
        return paymentsReceived;
    }
}
