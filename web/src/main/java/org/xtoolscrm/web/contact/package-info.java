/** Contact pages: the list of all contacts and the contacts tab of the customer 360 view. */
package org.xtoolscrm.web.contact;
