package org.xtoolscrm.note;

/**
 * Why a note was rejected. The web layer shows the text under the bundle key
 * {@code NoteError.<NAME>}, formatted with the exception's arguments.
 */
public enum NoteError {
    TEXT_MISSING,
    /** Arguments: the maximum length and the length entered, in characters. */
    TEXT_TOO_LONG
}
