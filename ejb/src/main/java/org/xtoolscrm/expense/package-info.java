/**
 * Expenses: money a user spent on a customer, submitted for approval and approved or
 * rejected by a Manager or a Boss. Only approved expenses count in totals.
 */
package org.xtoolscrm.expense;
