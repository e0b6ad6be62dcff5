/** The batch operator page: job executions with stop, restart and purge, for a Boss. */
package org.xtoolscrm.web.operations;
