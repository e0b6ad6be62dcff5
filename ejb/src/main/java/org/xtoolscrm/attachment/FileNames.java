package org.xtoolscrm.attachment;

import java.text.Normalizer;

/**
 * Cleans the file name that a browser or client sends with an upload into the name the
 * database keeps and the download offers. The name never becomes a path on the server,
 * since stored files get generated names, but it is shown to people and saved on their
 * computers, so nothing in it may act as a directory, a control character or a trick.
 */
public final class FileNames {

    /** The name kept when nothing usable is left of the given one. */
    public static final String FALLBACK = "file";

    /** The maximum length of a kept name, in characters (Unicode code points). */
    public static final int MAX_LENGTH = 255;

    /** An extension longer than this is treated as part of the name when a long name is cut. */
    private static final int MAX_KEPT_EXTENSION = 20;

    /** Characters Windows does not allow in file names, apart from the path separators. */
    private static final String WINDOWS_RESERVED = "<>:\"|?*";

    private FileNames() {
    }

    /**
     * Returns the last path component of the name, in Unicode NFC, without control,
     * formatting or line separator characters (such as right-to-left overrides that disguise
     * an extension), with the characters Windows rejects replaced by {@code _}, runs of
     * white space collapsed, and no leading or trailing spaces or trailing dots. A name longer
     * than {@link #MAX_LENGTH} characters is cut before its extension. Returns
     * {@link #FALLBACK} when nothing is left.
     */
    public static String clean(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFC);
        int lastSeparator = Math.max(normalized.lastIndexOf('/'), normalized.lastIndexOf('\\'));
        String lastComponent = normalized.substring(lastSeparator + 1);

        StringBuilder kept = new StringBuilder(lastComponent.length());
        lastComponent.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (WINDOWS_RESERVED.indexOf(c) >= 0) {
                kept.append('_');
            } else if (isVisible(c)) {
                kept.appendCodePoint(c);
            }
        });
        String clean = kept.toString().replaceAll(" {2,}", " ").strip();
        clean = stripTrailingDotsAndSpaces(clean);

        if (clean.isEmpty() || clean.chars().allMatch(c -> c == '.')) {
            return FALLBACK;
        }
        return cut(clean);
    }

    /** Returns whether a character is shown as itself, which control and formatting characters are not. */
    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String stripTrailingDotsAndSpaces(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(0, end);
    }

    /** Cuts a name longer than {@link #MAX_LENGTH} code points, keeping a short extension. */
    private static String cut(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        if (extension.codePointCount(0, extension.length()) > MAX_KEPT_EXTENSION) {
            extension = "";
        }
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int baseLength = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return base.substring(0, base.offsetByCodePoints(0, baseLength)).strip() + extension;
    }
}
