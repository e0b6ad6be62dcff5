package org.xtoolscrm.report.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The records of one month and currency, counted and summed in SQL.
 *
 * @param currency null for records without an amount, such as customers
 * @param amount   null for records without an amount
 */
record MonthMoney(YearMonth month, String currency, long count, BigDecimal amount) {
}
