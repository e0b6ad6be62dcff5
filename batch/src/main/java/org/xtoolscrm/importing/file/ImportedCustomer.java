package org.xtoolscrm.importing.file;

import java.util.Objects;
import org.xtoolscrm.customer.CustomerType;

/**
 * A customer read from one row of an import file and checked against the customer table's
 * rules. Fields without a value are null, but {@code type} and {@code name} are always set.
 *
 * @param rowNumber the row as a spreadsheet numbers it, for messages about this customer
 */
public record ImportedCustomer(
        long rowNumber,
        String code,
        CustomerType type,
        String name,
        String contactName,
        String industry,
        String region,
        String country,
        String province,
        String city,
        String address,
        String phone,
        String phone2,
        String email,
        String website) {

    public ImportedCustomer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
