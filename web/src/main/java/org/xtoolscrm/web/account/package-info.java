/** Account administration for a Boss (list, dialogs, org chart) and every user's own password page. */
package org.xtoolscrm.web.account;
