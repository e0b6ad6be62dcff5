package org.xtoolscrm.note;

import jakarta.ejb.ApplicationException;

/** Raised when a note was saved by someone else since the caller loaded it. */
@ApplicationException(rollback = true)
public class StaleNoteException extends RuntimeException {

    public StaleNoteException(long noteId) {
        super("Note " + noteId + " was changed by someone else since it was loaded");
    }
}
