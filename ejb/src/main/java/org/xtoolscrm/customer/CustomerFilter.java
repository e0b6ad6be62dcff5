package org.xtoolscrm.customer;

import java.io.Serializable;

/**
 * The criteria of the customer list. Text filters match from the start of the
 * value, so the indexes on those columns serve them; null or blank means no
 * filter. The search text matches the start of the name, phone, contact name or
 * e-mail.
 */
public record CustomerFilter(
        String namePrefix,
        String codePrefix,
        String cityPrefix,
        CustomerStatus status,
        CustomerType type,
        Long ownerId,
        String search,
        String industryPrefix,
        String regionPrefix) implements Serializable {

    /** Creates a filter without search text, industry or region. */
    public CustomerFilter(String namePrefix, String codePrefix, String cityPrefix, CustomerStatus status,
                          CustomerType type, Long ownerId) {
        this(namePrefix, codePrefix, cityPrefix, status, type, ownerId, null, null, null);
    }

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null);
    }

    public CustomerFilter withName(String prefix) {
        return new CustomerFilter(prefix, codePrefix, cityPrefix, status, type, ownerId, search, industryPrefix,
                regionPrefix);
    }

    public CustomerFilter withOwner(Long owner) {
        return new CustomerFilter(namePrefix, codePrefix, cityPrefix, status, type, owner, search, industryPrefix,
                regionPrefix);
    }

    public CustomerFilter withSearch(String text) {
        return new CustomerFilter(namePrefix, codePrefix, cityPrefix, status, type, ownerId, text, industryPrefix,
                regionPrefix);
    }
}
