package org.xtoolscrm.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The criteria of the complaint list; null, blank or empty means no filter.
 *
 * @param statuses  only complaints in one of these statuses
 * @param urgency   only complaints of this urgency
 * @param typeCode  only complaints of this COMPLAINT_TYPE option code
 * @param handlerId only complaints this user handles
 * @param from      only complaints received on this day or later, in the company's time zone
 * @param to        only complaints received on this day or earlier, in the company's time zone
 * @param search    only complaints whose customer name or description contains this text
 */
public record ComplaintFilter(Set<ComplaintStatus> statuses, ComplaintUrgency urgency, String typeCode,
                              Long handlerId, LocalDate from, LocalDate to, String search) implements Serializable {

    public ComplaintFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ComplaintFilter none() {
        return new ComplaintFilter(Set.of(), null, null, null, null, null, null);
    }
}
