package org.xtoolscrm.report;

import java.math.BigDecimal;

/** The count and amount of the covered deals in one stage and one currency, as the database sums them. */
public record StageTotal(String stage, String currency, Long count, BigDecimal amount) {
}
