package org.xtoolscrm.audit;

import java.util.Map;

/**
 * A record whose changes go to the change log. The values are what a person
 * reads in the history: names rather than ids where that helps, and no secrets
 * (a password hash is never one of them).
 */
public interface Audited {

    /** Returns the record's kind as the change log names it, such as "Customer". */
    String auditType();

    Long getId();

    /** Returns the logged fields by name, in a stable order. */
    Map<String, Object> auditValues();
}
