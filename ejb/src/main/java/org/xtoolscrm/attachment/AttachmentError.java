package org.xtoolscrm.attachment;

/**
 * Why an attachment was rejected. The web layer shows the text under the bundle key
 * {@code AttachmentError.<NAME>}, formatted with the exception's arguments.
 */
public enum AttachmentError {
    /** Argument: the file name. */
    FILE_EMPTY,
    /** Arguments: the file name and the maximum size in MB. */
    FILE_TOO_LARGE,
    /** Argument: the maximum length in characters. */
    DESCRIPTION_TOO_LONG
}
