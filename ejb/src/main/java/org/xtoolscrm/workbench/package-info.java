/** The start page's periods and company-wide figures. */
package org.xtoolscrm.workbench;
