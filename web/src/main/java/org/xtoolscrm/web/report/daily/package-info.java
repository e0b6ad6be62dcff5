/**
 * The daily report pages: each user's day, week or month ranked and compared, and the
 * records behind each figure.
 */
package org.xtoolscrm.web.report.daily;
