/**
 * The daily report: each user's day of work, counted in the company's time zone from what
 * they recorded and stored per user and date by the nightly job, with the weekly and monthly
 * summaries built from those rows. Who sees whose figures follows the access rules.
 */
package org.xtoolscrm.report.daily;
