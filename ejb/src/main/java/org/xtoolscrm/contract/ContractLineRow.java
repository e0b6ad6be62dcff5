package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line item as the contract page shows it.
 *
 * @param number the line's number, from 1
 */
public record ContractLineRow(int number, String product, BigDecimal quantity, BigDecimal unitPrice,
                              BigDecimal discountPercent, BigDecimal lineTotal) implements Serializable {

    static ContractLineRow of(ContractLine line) {
        return new ContractLineRow(line.getPosition() + 1, line.getProduct(), line.getQuantity(), line.getUnitPrice(),
                line.getDiscountPercent(), line.getLineTotal());
    }
}
