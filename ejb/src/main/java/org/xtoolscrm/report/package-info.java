/**
 * Reports over what users recorded: the sales funnel and the sales forecast. Each counts
 * only the records the caller may see, and converts amounts into the company currency
 * before summing them.
 */
package org.xtoolscrm.report;
