package org.xtoolscrm.service;

/**
 * The urgency of a complaint, from least to most urgent. Stored by name in
 * {@code complaint.urgency}; the database derives {@code urgency_rank} from it for sorting.
 */
public enum ComplaintUrgency {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
