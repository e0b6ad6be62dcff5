/** The web UI: Faces backing beans, shared helpers and servlets. */
package org.xtoolscrm.web;
