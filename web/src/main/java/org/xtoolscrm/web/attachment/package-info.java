/** The attachments tab of the customer page, its uploads, and the download of attachments. */
package org.xtoolscrm.web.attachment;
