package org.xtoolscrm.audit;

/** What happened to a record. */
public enum ChangeAction {
    CREATE,
    UPDATE,
    DELETE,
    SHARE,
    UNSHARE,
    TRANSFER
}
