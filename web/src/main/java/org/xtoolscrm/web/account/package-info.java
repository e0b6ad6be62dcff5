/** Account pages: administration for a Boss (list, dialogs, org chart), the login log, and every user's own password page. */
package org.xtoolscrm.web.account;
