/** The calendar page, the schedules tab of the customer view, the schedule dialog and the reminders. */
package org.xtoolscrm.web.schedule;
