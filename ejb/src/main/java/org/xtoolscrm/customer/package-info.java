/** Customers: companies and persons that buy, their list and their detail. */
package org.xtoolscrm.customer;
