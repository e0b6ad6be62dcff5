package org.xtoolscrm.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;

/**
 * Reads and writes the notes of a customer. Whoever may see the customer (owner in
 * scope, or a share) may read, add, edit, pin and delete its notes, whoever wrote them.
 * Every change writes the change log, and deleting moves the note to the recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class NoteService {

    private static final Logger LOG = Logger.getLogger(NoteService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The length of the note's start that labels it in the recycle bin. */
    private static final int LABEL_LENGTH = 60;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CustomerService customers;

    @EJB
    private AccessService access;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /** Counts the live notes of a customer the caller may see. */
    public long count(long customerId) {
        customers.getVisible(customerId);
        return em.createQuery("SELECT COUNT(n) FROM Note n WHERE n.customer.id = :customer "
                        + "AND n.deletionId IS NULL", Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }

    /** Returns one page of the live notes of a customer the caller may see: pinned first, then newest first. */
    public List<NoteRow> findPage(long customerId, int first, int pageSize) {
        customers.getVisible(customerId);
        return em.createQuery("SELECT NEW org.xtoolscrm.note.NoteRow(n.id, n.text, n.pinned, a.displayName, "
                        + "n.createdAt, n.updatedAt, n.version) FROM Note n JOIN n.author a "
                        + "WHERE n.customer.id = :customer AND n.deletionId IS NULL "
                        + "ORDER BY n.pinned DESC, n.createdAt DESC, n.id DESC", NoteRow.class)
                .setParameter("customer", customerId)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    /**
     * Returns a live note of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the note does not exist, is in the recycle bin
     *                                 or belongs to a customer outside the caller's scope
     */
    public Note getVisible(long id) {
        Note note = em.find(Note.class, id);
        if (note == null || note.isDeleted()) {
            throw new RecordNotFoundException("Note", id);
        }
        try {
            customers.getVisible(note.getCustomer().getId());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException("Note", id);
        }
        return note;
    }

    /** Adds a note, written by the caller, to a customer the caller may see. */
    public Note create(long customerId, String text, boolean pinned) {
        Customer customer = customers.getVisible(customerId);
        String clean = NoteRules.cleanText(text);
        User author = access.currentUser();

        Note note = new Note(customer, author, clean, pinned);
        em.persist(note);
        em.flush();
        changeLog.created(note);

        LOG.info(() -> "Note " + note.getId() + " added to customer " + customerId + " by " + author.getLogin());
        return note;
    }

    /**
     * Saves new text and pin state over a note the caller may see.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleNoteException      when someone saved the note since then
     * @throws RecordNotFoundException when the note is gone, such as deleted in the meantime
     */
    public Note update(long id, int version, String text, boolean pinned) {
        String clean = NoteRules.cleanText(text);
        Note note = loadCurrent(id, version);

        Map<String, Object> before = ChangeLog.snapshot(note);
        note.setText(clean);
        note.setPinned(pinned);
        flush(id);
        changeLog.updated(note, before);

        LOG.info(() -> "Note " + id + " updated by " + caller.getName());
        return note;
    }

    /**
     * Pins a note to the top of the list, or unpins it.
     *
     * @throws StaleNoteException when someone saved the note since the caller loaded it
     */
    public Note setPinned(long id, int version, boolean pinned) {
        Note note = loadCurrent(id, version);

        Map<String, Object> before = ChangeLog.snapshot(note);
        note.setPinned(pinned);
        flush(id);
        changeLog.updated(note, before);

        LOG.info(() -> "Note " + id + (pinned ? " pinned" : " unpinned") + " by " + caller.getName());
        return note;
    }

    /**
     * Moves a note to the recycle bin.
     *
     * @throws StaleNoteException when someone saved the note since the caller loaded it
     */
    public void delete(long id, int version) {
        Note note = loadCurrent(id, version);
        recycleBin.delete(BinRecordType.NOTE, note, label(note.getText()), note.getCustomer().getId());
    }

    /** Returns the change log of a note the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        getVisible(id);
        return changeLog.history(Note.AUDIT_TYPE, id);
    }

    private Note loadCurrent(long id, int version) {
        Note note = getVisible(id);
        if (note.getVersion() != version) {
            throw new StaleNoteException(id);
        }
        return note;
    }

    /** Writes the change now, so that a concurrent save of the same version fails as stale. */
    private void flush(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleNoteException(id);
        }
    }

    /** Returns the start of the text on one line, as the recycle bin lists the note. */
    static String label(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= LABEL_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "…";
    }
}
