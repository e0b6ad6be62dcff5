package org.xtoolscrm.access;

import jakarta.ejb.ApplicationException;

/**
 * Raised when a record does not exist or the caller may not see it. The two cases
 * are deliberately the same, so a caller learns nothing about records outside
 * their scope; the web layer returns 404.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private final String kind;
    private final Object id;

    public RecordNotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public Object getId() {
        return id;
    }
}
