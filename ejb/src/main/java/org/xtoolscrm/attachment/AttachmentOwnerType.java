package org.xtoolscrm.attachment;

/**
 * The kinds of record that hold attachments. Each kind belongs to a customer. Who sees
 * the files follows the record: {@code AttachmentService.ownerCustomer} checks that the
 * caller may see it and returns its customer, so a new kind needs its case there.
 */
public enum AttachmentOwnerType {
    CUSTOMER,
    /** The contract document and other files of a contract. */
    CONTRACT
}
