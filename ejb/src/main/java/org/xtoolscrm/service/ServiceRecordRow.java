package org.xtoolscrm.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One service record as lists show it, read as a projection so a page is one query. Pages
 * call its accessors as methods, such as {@code row.content()}, because Jakarta EL 5 does not
 * read record components as properties.
 */
public record ServiceRecordRow(Long id, Integer version, Long customerId, String customerName, LocalDate date,
                               String typeCode, String content, BigDecimal hours, Long handlerId,
                               String handlerName) implements Serializable {

    /** The JPQL constructor expression of a row, with {@code r} the record, {@code c} its customer and {@code h} its handler. */
    static final String SELECT = "SELECT NEW org.xtoolscrm.service.ServiceRecordRow(r.id, r.version, c.id, c.name, "
            + "r.serviceDate, r.typeCode, r.content, r.hours, h.id, h.displayName)";
}
