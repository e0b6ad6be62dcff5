/** The signed-in user and logout. */
package org.xtoolscrm.web.session;
