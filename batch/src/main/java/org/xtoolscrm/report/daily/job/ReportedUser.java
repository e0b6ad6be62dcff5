package org.xtoolscrm.report.daily.job;

import java.io.Serializable;

/** A user whose day the job reports: the id the rows are stored under and the login the logs name. */
record ReportedUser(long id, String login) implements Serializable {
}
