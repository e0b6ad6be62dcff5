/** The statistics page: its filters, its advanced query rows, its chart and its Excel export. */
package org.xtoolscrm.web.report.statistics;
