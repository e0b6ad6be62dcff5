/** The customer list and the customer detail page. */
package org.xtoolscrm.web.customer;
