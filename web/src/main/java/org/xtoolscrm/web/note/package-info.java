/** The notes tab of the customer page. */
package org.xtoolscrm.web.note;
