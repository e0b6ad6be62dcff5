/**
 * Outgoing e-mail through the server's mail session {@code java:jboss/mail/Crm}, off
 * unless the IT admin turns it on.
 */
package org.xtoolscrm.mail;
