package org.xtoolscrm.attachment;

/**
 * The kinds of record that hold attachments. Each kind belongs to a customer, whose
 * visibility decides who sees the files. A new kind, such as a contract, needs its
 * case in {@code AttachmentService.ownerCustomer}, which checks that the caller may
 * see the record and returns its customer.
 */
public enum AttachmentOwnerType {
    CUSTOMER
}
