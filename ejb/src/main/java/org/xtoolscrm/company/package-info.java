/** Company-wide settings that every feature reads: the company's time zone and its calendar. */
package org.xtoolscrm.company;
