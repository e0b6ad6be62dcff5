package org.xtoolscrm.attachment;

import java.util.Locale;
import java.util.regex.Pattern;

/** Cleans the content type that a client declares for an upload into the value the database keeps. */
public final class ContentTypes {

    public static final String OCTET_STREAM = "application/octet-stream";

    /** The column size of {@code attachment.content_type}. */
    public static final int MAX_LENGTH = 100;

    /** A type and subtype as RFC 6838 allows them, lower case, without parameters. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}");

    private ContentTypes() {
    }

    /**
     * Returns the declared type in lower case without parameters such as a charset, or
     * {@link #OCTET_STREAM} when it is missing or malformed. The value is what the client
     * claims, not a fact about the content, so the download decides separately whether to
     * send it.
     */
    public static String clean(String declared) {
        if (declared == null) {
            return OCTET_STREAM;
        }
        int parameters = declared.indexOf(';');
        String type = (parameters >= 0 ? declared.substring(0, parameters) : declared).strip()
                .toLowerCase(Locale.ROOT);
        return type.length() <= MAX_LENGTH && MEDIA_TYPE.matcher(type).matches() ? type : OCTET_STREAM;
    }
}
