/**
 * Batch operations for a Boss: the executions of every job of this module, stopping and
 * restarting them, purging old ones from the job repository, and e-mail to the operator
 * when a job fails.
 */
package org.xtoolscrm.operations;
