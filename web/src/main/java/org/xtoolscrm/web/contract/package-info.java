/**
 * The contract pages: the contract list, the contract view with its payment plan and
 * payments, the contract dialog, the customer's contracts tab, and the contracts of a deal.
 */
package org.xtoolscrm.web.contract;
