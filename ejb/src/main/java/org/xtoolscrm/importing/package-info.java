/** Records of customer imports: one row per job instance and the rows it did not import. */
package org.xtoolscrm.importing;
