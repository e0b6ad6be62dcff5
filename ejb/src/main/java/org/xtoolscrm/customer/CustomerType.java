package org.xtoolscrm.customer;

/** Whether a customer is a company or a person. */
public enum CustomerType {
    ENTERPRISE,
    INDIVIDUAL
}
