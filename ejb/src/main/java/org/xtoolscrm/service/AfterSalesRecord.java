package org.xtoolscrm.service;

import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;
import org.xtoolscrm.customer.Customer;

/** A complaint or service record: a record of a customer, handled by a user, kept in the recycle bin when deleted. */
public interface AfterSalesRecord extends Audited {

    Customer getCustomer();

    User getHandler();

    int getVersion();

    /** Returns whether the record is in the recycle bin, on its own or with its customer. */
    boolean isDeleted();
}
