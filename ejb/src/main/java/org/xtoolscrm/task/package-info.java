/** Tasks: to-dos with a due date and a done flag, assigned to a user and optionally tied to a customer. */
package org.xtoolscrm.task;
