/** Account pages: the login log. */
package org.xtoolscrm.web.account;
