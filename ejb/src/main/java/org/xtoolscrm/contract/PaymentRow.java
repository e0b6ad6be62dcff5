package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment as the contract page shows it.
 *
 * @param instalment the number of the instalment it names, or null
 */
public record PaymentRow(Long id, LocalDate receivedOn, BigDecimal amount, String method, Long handledById,
                         String handledByName, Long planId, Integer instalment, boolean invoiced, String note,
                         int version) implements Serializable {
}
