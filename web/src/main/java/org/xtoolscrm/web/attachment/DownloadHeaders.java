package org.xtoolscrm.web.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The response headers that describe a downloaded attachment: a Content-Disposition that
 * keeps any file name intact, and a Content-Type that a browser may act on only for types
 * that cannot run script.
 */
final class DownloadHeaders {

    static final String OCTET_STREAM = "application/octet-stream";

    /** The name offered to browsers that do not read {@code filename*} and whose name has no ASCII letter or digit. */
    static final String ASCII_FALLBACK_BASE = "download";

    /**
     * Types sent as the client declared them at upload. Everything else, HTML and SVG
     * among them, goes out as {@link #OCTET_STREAM}, since the declared type is not checked
     * against the content.
     */
    private static final Set<String> SAFE_TYPES = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp",
            "image/bmp",
            "text/plain",
            "text/csv",
            "application/zip",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    /** The characters RFC 5987 allows unencoded in an ext-value (attr-char). */
    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";

    private DownloadHeaders() {
    }

    /** Returns the type to send: the stored type when it is on the safe list, else application/octet-stream. */
    static String contentType(String storedType) {
        return storedType != null && SAFE_TYPES.contains(storedType) ? storedType : OCTET_STREAM;
    }

    /**
     * Returns {@code attachment; filename="..."; filename*=UTF-8''...} as RFC 6266 describes
     * it: the ASCII fallback for old clients first, then the full name in UTF-8, percent-encoded
     * per RFC 5987, which current browsers prefer.
     */
    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encodeRfc5987(fileName);
    }

    /**
     * Returns the name with every run of characters outside printable ASCII, and every
     * quote, backslash and percent sign, replaced by one underscore. A name whose part before
     * the extension keeps no letter or digit becomes {@value #ASCII_FALLBACK_BASE} with the
     * extension, such as {@code download.pdf} for {@code 合同.pdf}.
     */
    static String asciiFallback(String fileName) {
        StringBuilder fallback = new StringBuilder();
        boolean replacing = false;
        for (int i = 0; i < fileName.length(); ) {
            int c = fileName.codePointAt(i);
            i += Character.charCount(c);
            boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%';
            if (plain) {
                fallback.append((char) c);
                replacing = false;
            } else if (!replacing) {
                fallback.append('_');
                replacing = true;
            }
        }
        String name = fallback.toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        if (base.chars().noneMatch(Character::isLetterOrDigit)) {
            return ASCII_FALLBACK_BASE + (extension.chars().skip(1).allMatch(Character::isLetterOrDigit) ? extension : "");
        }
        return name;
    }

    /** Percent-encodes the UTF-8 bytes of the value except RFC 5987's attr-char, with upper-case hex digits. */
    static String encodeRfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
