package org.xtoolscrm.customer;

import java.io.Serializable;

/**
 * What the customer list is filtered by. Text filters match from the start of the
 * value, so the name, code and city indexes serve them; null or blank means no
 * filter.
 */
public record CustomerFilter(
        String namePrefix,
        String codePrefix,
        String cityPrefix,
        CustomerStatus status,
        CustomerType type,
        Long ownerId) implements Serializable {

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null);
    }

    public CustomerFilter withName(String prefix) {
        return new CustomerFilter(prefix, codePrefix, cityPrefix, status, type, ownerId);
    }

    public CustomerFilter withOwner(Long owner) {
        return new CustomerFilter(namePrefix, codePrefix, cityPrefix, status, type, owner);
    }
}
