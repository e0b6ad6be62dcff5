package org.xtoolscrm.contract;

/** The status of a delivery. Only a planned delivery may be dated in the future. */
public enum DeliveryStatus {
    PLANNED,
    SHIPPED,
    DELIVERED,
    /** The customer sent the goods back. */
    RETURNED
}
