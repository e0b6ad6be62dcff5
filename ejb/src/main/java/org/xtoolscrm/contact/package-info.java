/** Contacts: the people at a customer, with the customer's main contacts marked. */
package org.xtoolscrm.contact;
