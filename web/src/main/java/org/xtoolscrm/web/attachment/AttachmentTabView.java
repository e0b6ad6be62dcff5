package org.xtoolscrm.web.attachment;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
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
import org.xtoolscrm.web.customer.CustomerView;

/**
 * Backs customer/tab/attachments.xhtml: uploads files to the customer, lists them, edits
 * their description and moves them to the recycle bin.
 */
@Named
@ViewScoped
public class AttachmentTabView implements Serializable {

    private static final Logger LOG = Logger.getLogger(AttachmentTabView.class.getName());

    /** The client id of the description dialog's field. */
    static final String DESCRIPTION_FIELD = "tabs:attachment-form:description";

    @Inject
    private CustomerView view;

    @EJB
    private AttachmentService attachments;

    private AttachmentLazyModel model;
    private String uploadDescription;

    /** The attachment in the description dialog. */
    private Long attachmentId;
    private int attachmentVersion;
    private String attachmentName;
    private String description;

    public AttachmentLazyModel getAttachments() {
        if (model == null) {
            model = new AttachmentLazyModel(attachments, AttachmentOwnerType.CUSTOMER, view.getCustomerId());
        }
        return model;
    }

    /**
     * Stores one uploaded file. PrimeFaces calls this once per file, while the form's values
     * are validated but not yet applied to this bean, so the description comes from its field.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String description = descriptionOf(event.getComponent());
        try (InputStream content = file.getInputStream()) {
            Attachment attachment = attachments.upload(AttachmentOwnerType.CUSTOMER, view.getCustomerId(),
                    file.getFileName(), file.getContentType(), description, content);
            Texts.info("attachment.message.uploaded", attachment.getFileName());
        } catch (InvalidAttachmentException e) {
            Texts.error("AttachmentError." + e.getError().name(), e.getArguments());
        } catch (AttachmentStorageException e) {
            Texts.error("attachment.message.storageFailed", FileNames.clean(file.getFileName()));
        } catch (RecordNotFoundException e) {
            Texts.error("attachment.message.customerGone");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Upload of " + file.getFileName() + " to customer " + view.getCustomerId()
                    + " could not be read", e);
            Texts.error("attachment.message.readFailed", FileNames.clean(file.getFileName()));
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
