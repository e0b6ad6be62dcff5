/** The login step, the signed-in user and logout. */
package org.xtoolscrm.web.session;
