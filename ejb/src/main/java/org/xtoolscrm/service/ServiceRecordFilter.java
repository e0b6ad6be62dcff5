package org.xtoolscrm.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The criteria of the service record list; null or blank means no filter.
 *
 * @param typeCode  only records of this SERVICE_TYPE option code
 * @param handlerId only records of this handler
 * @param from      only service given on this day or later
 * @param to        only service given on this day or earlier
 * @param search    only records whose customer name or content contains this text
 */
public record ServiceRecordFilter(String typeCode, Long handlerId, LocalDate from, LocalDate to, String search)
        implements Serializable {

    public static ServiceRecordFilter none() {
        return new ServiceRecordFilter(null, null, null, null, null);
    }
}
