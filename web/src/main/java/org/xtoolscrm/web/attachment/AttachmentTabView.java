package org.xtoolscrm.web.attachment;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.attachment.Attachment;
import org.xtoolscrm.attachment.AttachmentOwnerType;
import org.xtoolscrm.attachment.AttachmentRow;
import org.xtoolscrm.attachment.AttachmentService;
import org.xtoolscrm.attachment.AttachmentStorageException;
import org.xtoolscrm.attachment.FileNames;
import org.xtoolscrm.attachment.InvalidAttachmentException;
import org.xtoolscrm.attachment.StaleAttachmentException;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.contract.ContractView;
import org.xtoolscrm.web.customer.CustomerView;

/**
 * Backs customer/tab/attachments.xhtml, which the customer page and the contract page
 * include: uploads files to the customer or the contract, lists them, edits their
 * description and moves them to the recycle bin.
 */
@Named
@ViewScoped
public class AttachmentTabView implements Serializable {

    private static final Logger LOG = Logger.getLogger(AttachmentTabView.class.getName());

    /**
     * The request parameter that distinguishes the files of one press of Upload from those of
     * the next: the page sets it to a new value when an upload batch starts.
     */
    static final String BATCH_PARAMETER = "upload-batch";

    /** The client id of the description dialog's field. */
    static final String DESCRIPTION_FIELD = "tabs:attachment-form:description";

    @Inject
    private Instance<CustomerView> customerView;

    @Inject
    private Instance<ContractView> contractView;

    @EJB
    private AttachmentService attachments;

    private AttachmentLazyModel model;
    private String uploadDescription;

    /** The batch of the last upload request, and the messages of its files so far. */
    private String currentBatch;
    private final List<BatchMessage> batchMessages = new ArrayList<>();

    /** The attachment in the description dialog. */
    private Long attachmentId;
    private int attachmentVersion;
    private String attachmentName;
    private String description;

    public AttachmentLazyModel getAttachments() {
        if (model == null) {
            Owner owner = owner();
            model = new AttachmentLazyModel(attachments, owner.type(), owner.id());
        }
        return model;
    }

    /**
     * Stores one uploaded file. PrimeFaces calls this once per file, while the form's values
     * are validated but not yet applied to this bean, so the description comes from its field.
     * The messages of every file of the same batch are shown together, since each file's
     * request replaces the messages of the one before.
     */
    public void upload(FileUploadEvent event) {
        startBatch();
        batchMessages.add(store(event.getFile(), descriptionOf(event.getComponent())));
        showBatchMessages();
    }

    /**
     * Records why PrimeFaces rejected a file before {@link #upload} could see it, such as a
     * file over the size limit that reached the server without the browser's check.
     */
    public void uploadValidated(ComponentSystemEvent event) {
        UIInput upload = (UIInput) event.getComponent();
        if (upload.isValid()) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        startBatch();
        for (FacesMessage message : context.getMessageList(upload.getClientId(context))) {
            // PrimeFaces puts the reason in the detail of some messages and only "File Error" in the summary.
            String detail = message.getDetail();
            boolean hasDetail = detail != null && !detail.isBlank();
            batchMessages.add(new BatchMessage(true, hasDetail ? detail : message.getSummary()));
        }
        showBatchMessages();
    }

    private BatchMessage store(UploadedFile file, String description) {
        try (InputStream content = file.getInputStream()) {
            Owner owner = owner();
            Attachment attachment = attachments.upload(owner.type(), owner.id(),
                    file.getFileName(), file.getContentType(), description, content);
            return new BatchMessage(false, Texts.get("attachment.message.uploaded", attachment.getFileName()));
        } catch (InvalidAttachmentException e) {
            return new BatchMessage(true, Texts.get("AttachmentError." + e.getError().name(), e.getArguments()));
        } catch (AttachmentStorageException e) {
            return new BatchMessage(true, Texts.get("attachment.message.storageFailed",
                    FileNames.clean(file.getFileName())));
        } catch (RecordNotFoundException e) {
            return new BatchMessage(true, Texts.get("attachment.message.customerGone"));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Upload of " + file.getFileName() + " to " + owner()
                    + " could not be read", e);
            return new BatchMessage(true, Texts.get("attachment.message.readFailed",
                    FileNames.clean(file.getFileName())));
        }
    }

    /** Forgets the messages of the previous batch when this request starts a new one. */
    private void startBatch() {
        String batch = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(BATCH_PARAMETER);
        if (batch == null || batch.isBlank() || !batch.equals(currentBatch)) {
            batchMessages.clear();
        }
        currentBatch = batch;
    }

    private void showBatchMessages() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (BatchMessage message : batchMessages) {
            FacesMessage.Severity severity = message.error() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO;
            context.addMessage(null, new FacesMessage(severity, message.text(), null));
        }
    }

    public void startEdit(long id) {
        try {
            Attachment attachment = attachments.getVisible(id);
            attachmentId = attachment.getId();
            attachmentVersion = attachment.getVersion();
            attachmentName = attachment.getFileName();
            description = attachment.getDescription();
        } catch (RecordNotFoundException e) {
            Texts.error("attachment.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Saves the description dialog. It stays open when the text is rejected or the attachment was stale. */
    public void saveDescription() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            attachments.updateDescription(attachmentId, attachmentVersion, description);
            Texts.info("attachment.message.described", attachmentName);
        } catch (InvalidAttachmentException e) {
            String message = Texts.get("AttachmentError." + e.getError().name(), e.getArguments());
            context.addMessage(DESCRIPTION_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            context.validationFailed();
        } catch (StaleAttachmentException e) {
            Texts.error("attachment.message.stale");
            startEdit(attachmentId);
            context.validationFailed();
        } catch (RecordNotFoundException e) {
            Texts.error("attachment.message.notFound");
        }
    }

    public void delete(AttachmentRow row) {
        try {
            attachments.delete(row.getId(), row.getVersion());
            Texts.info("attachment.message.deleted", row.getFileName());
        } catch (StaleAttachmentException e) {
            Texts.error("attachment.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("attachment.message.notFound");
        }
    }

    /** Returns a size for people, such as 845 B or 12.3 MB. */
    public String formatSize(long bytes) {
        return FileSizes.format(bytes);
    }

    /** Returns the largest file the server accepts, in bytes, for the upload's own check in the browser. */
    public long getMaxSizeBytes() {
        return attachments.maxSizeBytes();
    }

    public int getMaxSizeMb() {
        return attachments.maxSizeMb();
    }

    /**
     * Returns the record whose files the page shows: the contract on the contract page, else
     * the customer of the customer page.
     */
    private Owner owner() {
        String page = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        if (page.startsWith("/contract/")) {
            return new Owner(AttachmentOwnerType.CONTRACT, contractView.get().getContractId());
        }
        return new Owner(AttachmentOwnerType.CUSTOMER, customerView.get().getCustomerId());
    }

    /** The record that owns the files. */
    private record Owner(AttachmentOwnerType type, long id) {
    }

    /** The outcome of one file of an upload batch, shown until the next batch starts. */
    private record BatchMessage(boolean error, String text) implements Serializable {
    }

    private static String descriptionOf(UIComponent upload) {
        UIComponent field = upload.findComponent("description");
        return field instanceof UIInput input && input.getValue() != null ? input.getValue().toString() : null;
    }

    public String getUploadDescription() {
        return uploadDescription;
    }

    public void setUploadDescription(String uploadDescription) {
        this.uploadDescription = uploadDescription;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getDescriptionMax() {
        return Attachment.DESCRIPTION_MAX;
    }
}
