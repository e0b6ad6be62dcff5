/** The activities tab of the customer view: the timeline, the activity dialog and the follow-up offer. */
package org.xtoolscrm.web.activity;
