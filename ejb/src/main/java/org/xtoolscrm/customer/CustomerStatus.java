package org.xtoolscrm.customer;

/**
 * Where a customer stands: being pursued, with a contract running, or with all
 * deals finished.
 */
public enum CustomerStatus {
    PROSPECT,
    ACTIVE,
    FORMER
}
