/** Bulk customer import: reads CSV files, maps their columns to customer fields and validates each row. */
package org.xtoolscrm.importing.file;
