/** The requirements, solutions, quotes and competitors tabs of the opportunity page. */
package org.xtoolscrm.web.opportunity.detail;
