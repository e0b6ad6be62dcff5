package org.xtoolscrm.attachment;

import java.nio.file.Path;

/**
 * What the download of an attachment sends: the stored file and the name and type the
 * user gave it.
 *
 * @param file        the stored file, which existed when the service checked
 * @param sizeBytes   the size of the stored file
 */
public record AttachmentDownload(long id, String fileName, String contentType, long sizeBytes, String sha256,
                                 Path file) {
}
