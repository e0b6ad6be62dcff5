/**
 * Pages and beans of expenses: the expenses tab of the customer 360 view, the expense
 * list and the approval list.
 */
package org.xtoolscrm.web.expense;
