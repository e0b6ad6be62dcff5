/**
 * Contracts (orders) and the money that follows them: payment plans, payment records,
 * invoices and deliveries. A contract is visible by the rule of deals: its owner is in
 * the caller's scope or its customer is visible to the caller. Every record of a contract
 * is visible exactly when its contract is.
 */
package org.xtoolscrm.contract;
