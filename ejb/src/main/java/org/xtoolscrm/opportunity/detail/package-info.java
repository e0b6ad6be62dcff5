/**
 * The records an opportunity gathers before it is won: requirements, solutions, quotes with
 * their lines and totals, and competitors. Each record belongs to one deal, and any user
 * who may see the deal may read, add, edit and delete its records.
 */
package org.xtoolscrm.opportunity.detail;
