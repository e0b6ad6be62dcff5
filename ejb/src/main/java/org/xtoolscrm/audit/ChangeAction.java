package org.xtoolscrm.audit;

/** The kind of change made to a record. */
public enum ChangeAction {
    CREATE,
    UPDATE,
    DELETE,
    SHARE,
    UNSHARE,
    TRANSFER,
    RESTORE
}
