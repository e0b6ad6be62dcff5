package org.xtoolscrm.customer;

/**
 * The stage of a customer: being pursued, with a contract running, or with all
 * deals finished.
 */
public enum CustomerStatus {
    PROSPECT,
    ACTIVE,
    FORMER
}
