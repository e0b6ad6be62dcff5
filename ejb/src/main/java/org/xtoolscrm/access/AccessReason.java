package org.xtoolscrm.access;

/** The reason a user can see a record. */
public enum AccessReason {
    /** The user owns the record. */
    OWNER,
    /** The user is above the owner in the reporting line. */
    SUPERIOR,
    /** The record is shared with the user. */
    SHARE,
    /** The user is a Boss, who sees everything. */
    BOSS
}
