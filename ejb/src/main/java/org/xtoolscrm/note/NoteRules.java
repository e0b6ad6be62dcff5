package org.xtoolscrm.note;

/** The rules for a note's text, shared by the service and the unit tests. */
public final class NoteRules {

    private NoteRules() {
    }

    /**
     * Returns the text as it is stored: line breaks as {@code \n}, control characters other
     * than line breaks and tabs removed, and blank lines and spaces at the start and end
     * stripped.
     *
     * @throws InvalidNoteException when nothing is left, or when the text is longer than
     *                              {@link Note#TEXT_MAX} characters
     */
    public static String cleanText(String text) {
        if (text == null) {
            throw new InvalidNoteException(NoteError.TEXT_MISSING);
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();

        if (clean.isEmpty()) {
            throw new InvalidNoteException(NoteError.TEXT_MISSING);
        }
        int length = clean.codePointCount(0, clean.length());
        if (length > Note.TEXT_MAX) {
            throw new InvalidNoteException(NoteError.TEXT_TOO_LONG, Note.TEXT_MAX, length);
        }
        return clean;
    }
}
