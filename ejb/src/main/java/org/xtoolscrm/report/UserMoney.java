package org.xtoolscrm.report;

import java.math.BigDecimal;

/**
 * One user's records of one currency in a period, summed in SQL: the payments they
 * handled, or the contracts they own.
 */
public record UserMoney(Long userId, String currency, Long count, BigDecimal amount) {
}
