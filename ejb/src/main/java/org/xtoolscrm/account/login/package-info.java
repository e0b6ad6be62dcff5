/**
 * The login step the application owns: the login log, the failure counter and
 * lock of each login name, and the purge of old log entries.
 */
package org.xtoolscrm.account.login;
