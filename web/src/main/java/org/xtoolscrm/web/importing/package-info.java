/** The customer import page: upload, job status, problem rows and their CSV download. */
package org.xtoolscrm.web.importing;
