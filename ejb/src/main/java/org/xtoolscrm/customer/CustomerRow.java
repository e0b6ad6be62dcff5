package org.xtoolscrm.customer;

import java.io.Serializable;
import java.time.Instant;

/** One line of the customer list, read as a projection so a page is one query. */
public record CustomerRow(
        Long id,
        String code,
        String name,
        CustomerType type,
        CustomerStatus status,
        String contactName,
        String industry,
        String province,
        String city,
        String phone,
        String ownerName,
        Instant updatedAt) implements Serializable {
}
