/**
 * The {@code daily-report} job, which writes each user's figures for one date, and the timer
 * that starts it every night and catches up on the days a stopped server missed. Job
 * artifacts run without an application user, so they read and write through the
 * datasource, not through the EJBs.
 */
package org.xtoolscrm.report.daily.job;
