package org.xtoolscrm.web.attachment;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.attachment.AttachmentDownload;
import org.xtoolscrm.attachment.AttachmentService;

/**
 * Sends the file of one attachment: {@code /attachment/download?id=N}. An id that is
 * malformed, unknown, in the recycle bin or outside the caller's scope returns the same
 * 404, and so does an attachment whose stored file is missing (the service logs that).
 * Every response has {@code Content-Disposition: attachment}, so the browser saves the file
 * rather than showing it.
 */
@WebServlet("/attachment/download")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(AttachmentDownloadServlet.class.getName());

    @EJB
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentDownload download;
        try {
            download = attachments.download(Long.parseLong(String.valueOf(request.getParameter("id")).strip()));
        } catch (NumberFormatException | RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        response.setContentType(DownloadHeaders.contentType(download.contentType()));
        response.setHeader("Content-Disposition", DownloadHeaders.contentDisposition(download.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLengthLong(download.sizeBytes());

        try (InputStream content = Files.newInputStream(download.file())) {
            OutputStream out = response.getOutputStream();
            content.transferTo(out);
        } catch (NoSuchFileException e) {
            // Deleted between the service's check and now: nothing was sent yet.
            LOG.warning(() -> "The file of attachment " + download.id() + " disappeared before its download: "
                    + download.file());
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
