package org.xtoolscrm.attachment;

import java.nio.file.Path;

/**
 * The stored file of an attachment with the name and type that its download sends.
 *
 * @param file      the stored file, which existed when the service checked
 * @param sizeBytes the size of the stored file
 */
public record AttachmentDownload(long id, String fileName, String contentType, long sizeBytes, String sha256,
                                 Path file) {
}
