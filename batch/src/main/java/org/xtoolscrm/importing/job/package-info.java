/**
 * The customer import job: its batch artifacts and the bean that starts and
 * restarts it for the web UI.
 */
package org.xtoolscrm.importing.job;
