package org.xtoolscrm.web.note;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.note.InvalidNoteException;
import org.xtoolscrm.note.Note;
import org.xtoolscrm.note.NoteRow;
import org.xtoolscrm.note.NoteService;
import org.xtoolscrm.note.StaleNoteException;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.customer.CustomerView;

/**
 * Backs customer/tab/notes.xhtml: the customer's notes and the dialog that adds and edits
 * them. A note that someone else saved in the meantime is never overwritten: the dialog
 * shows a message and the latest version.
 */
@Named
@ViewScoped
public class NoteTabView implements Serializable {

    /** The client id of the dialog's text field, where rejected text is reported. */
    static final String TEXT_FIELD = "tabs:note-form:text";

    @Inject
    private CustomerView view;

    @EJB
    private NoteService notes;

    private NoteLazyModel model;

    /** The note in the dialog, or null for a new one. */
    private Long noteId;
    private int noteVersion;
    private String text;
    private boolean pinned;

    public NoteLazyModel getNotes() {
        if (model == null) {
            model = new NoteLazyModel(notes, view.getCustomerId());
        }
        return model;
    }

    public void startNew() {
        noteId = null;
        noteVersion = 0;
        text = null;
        pinned = false;
    }

    public void startEdit(long id) {
        try {
            fill(notes.getVisible(id));
        } catch (RecordNotFoundException e) {
            Texts.error("note.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Saves the dialog. The dialog stays open when the text is rejected or the note was stale. */
    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            if (noteId == null) {
                notes.create(view.getCustomerId(), text, pinned);
                Texts.info("note.message.added");
            } else {
                notes.update(noteId, noteVersion, text, pinned);
                Texts.info("note.message.saved");
            }
            startNew();
        } catch (InvalidNoteException e) {
            String message = Texts.get("NoteError." + e.getError().name(), e.getArguments());
            context.addMessage(TEXT_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            context.validationFailed();
        } catch (StaleNoteException e) {
            Texts.error("note.message.stale");
            reloadStale(context);
        } catch (RecordNotFoundException e) {
            Texts.error("note.message.notFound");
            startNew();
        }
    }

    public void togglePin(NoteRow row) {
        try {
            notes.setPinned(row.getId(), row.getVersion(), !row.isPinned());
            Texts.info(row.isPinned() ? "note.message.unpinned" : "note.message.pinned");
        } catch (StaleNoteException e) {
            Texts.error("note.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("note.message.notFound");
        }
    }

    public void delete(NoteRow row) {
        try {
            notes.delete(row.getId(), row.getVersion());
            Texts.info("note.message.deleted");
        } catch (StaleNoteException e) {
            Texts.error("note.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("note.message.notFound");
        }
    }

    private void reloadStale(FacesContext context) {
        try {
            fill(notes.getVisible(noteId));
            context.validationFailed();
        } catch (RecordNotFoundException gone) {
            Texts.error("note.message.notFound");
            startNew();
        }
    }

    private void fill(Note note) {
        noteId = note.getId();
        noteVersion = note.getVersion();
        text = note.getText();
        pinned = note.isPinned();
    }

    /** Returns whether the dialog edits an existing note rather than adding one. */
    public boolean isEditing() {
        return noteId != null;
    }

    public int getTextMax() {
        return Note.TEXT_MAX;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }
}
