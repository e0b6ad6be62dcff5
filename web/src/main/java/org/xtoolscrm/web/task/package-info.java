/** The task list page, the customer's tasks tab and the task dialog they share. */
package org.xtoolscrm.web.task;
