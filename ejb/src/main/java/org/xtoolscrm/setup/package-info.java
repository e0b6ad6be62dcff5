/** Startup: schema migration and the first accounts of a new installation. */
package org.xtoolscrm.setup;
