package org.xtoolscrm.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * One complaint as lists show it, read as a projection so a page is one query. Pages call
 * its accessors as methods, such as {@code row.customerName()}, because Jakarta EL 5 does
 * not read record components as properties.
 */
public record ComplaintRow(Long id, Integer version, Long customerId, String customerName, String typeCode,
                           ComplaintUrgency urgency, String description, Long handlerId, String handlerName,
                           ComplaintStatus status, String resolution, Integer satisfaction, Instant receivedAt,
                           Instant resolvedAt) implements Serializable {

    /** The JPQL constructor expression of a row, with {@code x} the complaint, {@code c} its customer and {@code h} its handler. */
    static final String SELECT = "SELECT NEW org.xtoolscrm.service.ComplaintRow(x.id, x.version, c.id, c.name, "
            + "x.typeCode, x.urgency, x.description, h.id, h.displayName, x.status, x.resolution, x.satisfaction, "
            + "x.receivedAt, x.resolvedAt)";

    /** Returns whether the complaint is urgent and not yet resolved, so lists make it stand out. */
    public boolean urgentOpen() {
        return urgency == ComplaintUrgency.URGENT && !status.isResolved();
    }
}
