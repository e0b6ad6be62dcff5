/**
 * Attachments: files kept on a customer, and later on its contracts and opportunities.
 * The content lies in a directory outside the deployment under a generated name; the
 * database holds the file's name, type, size and SHA-256 checksum.
 */
package org.xtoolscrm.attachment;
