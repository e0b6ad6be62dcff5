package org.xtoolscrm.expense;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields a user enters to record or edit an expense, as typed. {@link ExpenseRules}
 * checks and cleans them before they are stored.
 *
 * @param date        the day the money was spent
 * @param typeCode    an option code of the data dictionary list EXPENSE_TYPE
 * @param amount      the amount spent, greater than zero
 * @param currency    an ISO 4217 code such as CNY; blank means {@link ExpenseRules#DEFAULT_CURRENCY}
 * @param description what the money was spent on, optional
 */
public record ExpenseInput(LocalDate date, String typeCode, BigDecimal amount, String currency,
                           String description) implements Serializable {
}
