package org.xtoolscrm.attachment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;

/**
 * Uploads, lists, downloads and deletes attachments. Any user who may see the customer that
 * an attachment belongs to (owner in scope, or a share) may read, add, describe and delete
 * its attachments. Every change writes the change log. Deleting moves the attachment to
 * the recycle bin and keeps its file, so a restore brings it back.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class AttachmentService {

    private static final Logger LOG = Logger.getLogger(AttachmentService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CustomerService customers;

    @EJB
    private ContractService contracts;

    @EJB
    private AccessService access;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Returns the largest file the server accepts, in bytes. */
    public long maxSizeBytes() {
        return AttachmentSettings.current().maxSizeBytes();
    }

    /** Returns the largest file the server accepts, in MB. */
    public int maxSizeMb() {
        return AttachmentSettings.current().maxSizeMb();
    }

    /**
     * Stores a file and attaches it to a record the caller may see. The name is cleaned with
     * {@link FileNames#clean}; the content streams to the attachment directory, and the file
     * is removed again when the transaction does not commit.
     *
     * @param fileName    the name the client sent, possibly with a path
     * @param contentType the type the client declared, or null
     * @param description an optional description
     * @throws RecordNotFoundException     when the owner does not exist or is outside the caller's scope
     * @throws InvalidAttachmentException  when the file is empty or too large, or the description too long
     * @throws AttachmentStorageException  when the attachment directory cannot be written
     */
    public Attachment upload(AttachmentOwnerType ownerType, long ownerId, String fileName, String contentType,
                             String description, InputStream content) {
        Customer customer = ownerCustomer(ownerType, ownerId);
        String name = FileNames.clean(fileName);
        String cleanDescription = cleanDescription(description);
        User uploader = access.currentUser();

        AttachmentStore.StoredFile stored = store(content, name);
        removeUnlessCommitted(stored.storageName());
        if (stored.sizeBytes() == 0) {
            throw new InvalidAttachmentException(AttachmentError.FILE_EMPTY, name);
        }

        Attachment attachment = new Attachment(ownerType, ownerId, customer, name, ContentTypes.clean(contentType),
                stored, cleanDescription, uploader);
        em.persist(attachment);
        em.flush();
        changeLog.created(attachment);

        LOG.info(() -> "Attachment " + attachment.getId() + " (" + stored.sizeBytes() + " bytes, stored as "
                + stored.storageName() + ") added to " + ownerType + " " + ownerId + " by " + uploader.getLogin());
        return attachment;
    }

    /** Counts the live attachments of a record the caller may see. */
    public long count(AttachmentOwnerType ownerType, long ownerId) {
        ownerCustomer(ownerType, ownerId);
        return em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.ownerType = :type AND a.ownerId = :owner "
                        + "AND a.deletionId IS NULL", Long.class)
                .setParameter("type", ownerType)
                .setParameter("owner", ownerId)
                .getSingleResult();
    }

    /** Returns one page of the live attachments of a record the caller may see. */
    public List<AttachmentRow> findPage(AttachmentOwnerType ownerType, long ownerId, AttachmentSortField sort,
                                        boolean ascending, int first, int pageSize) {
        ownerCustomer(ownerType, ownerId);
        AttachmentSortField field = sort == null ? AttachmentSortField.UPLOADED_AT : sort;
        String direction = ascending ? " ASC" : " DESC";
        return em.createQuery("SELECT NEW org.xtoolscrm.attachment.AttachmentRow(a.id, a.fileName, a.contentType, "
                        + "a.sizeBytes, a.description, u.displayName, a.uploadedAt, a.version) "
                        + "FROM Attachment a JOIN a.uploadedBy u "
                        + "WHERE a.ownerType = :type AND a.ownerId = :owner AND a.deletionId IS NULL "
                        + "ORDER BY " + field.path() + direction + ", a.id" + direction, AttachmentRow.class)
                .setParameter("type", ownerType)
                .setParameter("owner", ownerId)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    /**
     * Returns a live attachment the caller may see.
     *
     * @throws RecordNotFoundException when the attachment does not exist, is in the recycle
     *                                 bin or belongs to a customer outside the caller's scope
     */
    public Attachment getVisible(long id) {
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null || attachment.isDeleted()) {
            throw new RecordNotFoundException("Attachment", id);
        }
        try {
            ownerCustomer(attachment.getOwnerType(), attachment.getOwnerId());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException("Attachment", id);
        }
        return attachment;
    }

    /**
     * Returns what the download of an attachment the caller may see sends.
     *
     * @throws RecordNotFoundException when the attachment is not visible, or its stored file
     *                                 is missing, which is logged as a warning
     */
    public AttachmentDownload download(long id) {
        Attachment attachment = getVisible(id);
        AttachmentStore store = store();
        Path file = store.resolve(attachment.getStorageName());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The file of attachment " + id + " is missing or unreadable: " + file, e);
            throw new RecordNotFoundException("Attachment", id);
        }
        if (size != attachment.getSizeBytes()) {
            LOG.warning(() -> "The file of attachment " + id + " has " + size + " bytes, the record says "
                    + attachment.getSizeBytes() + ": " + file);
        }
        LOG.fine(() -> "Attachment " + id + " downloaded by " + caller.getName());
        return new AttachmentDownload(id, attachment.getFileName(), attachment.getContentType(), size,
                attachment.getSha256(), file);
    }

    /**
     * Changes the description of an attachment the caller may see.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleAttachmentException when someone changed the attachment since then
     */
    public Attachment updateDescription(long id, int version, String description) {
        String clean = cleanDescription(description);
        Attachment attachment = loadCurrent(id, version);

        Map<String, Object> before = ChangeLog.snapshot(attachment);
        attachment.setDescription(clean);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleAttachmentException(id);
        }
        changeLog.updated(attachment, before);

        LOG.info(() -> "Description of attachment " + id + " changed by " + caller.getName());
        return attachment;
    }

    /**
     * Moves an attachment to the recycle bin. Its file stays in the directory until a Boss
     * purges the entry.
     *
     * @throws StaleAttachmentException when someone changed the attachment since the caller loaded it
     */
    public void delete(long id, int version) {
        Attachment attachment = loadCurrent(id, version);
        recycleBin.delete(BinRecordType.ATTACHMENT, attachment, attachment.getFileName(),
                attachment.getCustomer().getId());
    }

    /** Returns the change log of an attachment the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        getVisible(id);
        return changeLog.history(Attachment.AUDIT_TYPE, id);
    }

    /**
     * Returns the customer of a record that owns attachments, after checking that the
     * caller may see the record.
     *
     * @throws RecordNotFoundException when the record does not exist or is outside the caller's scope
     */
    private Customer ownerCustomer(AttachmentOwnerType ownerType, long ownerId) {
        return switch (ownerType) {
            case CUSTOMER -> customers.getVisible(ownerId);
            case CONTRACT -> contracts.get(ownerId).getCustomer();
        };
    }

    private Attachment loadCurrent(long id, int version) {
        Attachment attachment = getVisible(id);
        if (attachment.getVersion() != version) {
            throw new StaleAttachmentException(id);
        }
        return attachment;
    }

    private AttachmentStore.StoredFile store(InputStream content, String name) {
        AttachmentSettings settings = AttachmentSettings.current();
        try {
            return store().store(content, settings.maxSizeBytes());
        } catch (AttachmentStore.TooLargeException e) {
            LOG.info(() -> "Upload of " + name + " by " + caller.getName() + " rejected: larger than "
                    + settings.maxSizeMb() + " MB");
            throw new InvalidAttachmentException(AttachmentError.FILE_TOO_LARGE, name, settings.maxSizeMb());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Upload of " + name + " by " + caller.getName()
                    + " could not be stored in " + settings.directory(), e);
            throw new AttachmentStorageException("The file could not be stored in the attachment directory", e);
        }
    }

    /** Deletes the stored file when the current transaction rolls back, so no file is left without its row. */
    private void removeUnlessCommitted(String storageName) {
        AttachmentStore store = store();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the outcome is known.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    store.delete(storageName);
                    LOG.fine(() -> "Stored file " + storageName + " removed after a rolled back upload");
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Stored file " + storageName + " of a rolled back upload could not be "
                            + "removed from " + store.directory(), e);
                }
            }
        });
    }

    private static AttachmentStore store() {
        return new AttachmentStore(AttachmentSettings.current().directory());
    }

    /** Returns the description without control characters and outer spaces, or null when blank. */
    static String cleanDescription(String description) {
        if (description == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(description.length());
        description.codePoints()
                .map(c -> c == '\n' || c == '\r' || c == '\t' ? ' ' : c)
                .filter(c -> !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > Attachment.DESCRIPTION_MAX) {
            throw new InvalidAttachmentException(AttachmentError.DESCRIPTION_TOO_LONG, Attachment.DESCRIPTION_MAX);
        }
        return clean;
    }
}
