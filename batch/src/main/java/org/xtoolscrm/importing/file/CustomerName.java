package org.xtoolscrm.importing.file;

import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerType;

/**
 * The name, type and contact person of a customer, taken from the name columns of one row.
 *
 * <p>A row with a company name ({@link CustomerField#NAME}) is an enterprise, and its contact
 * is the person's name. A row without one is an individual named after the person, with no
 * separate contact. The person's name is {@link CustomerField#CONTACT_NAME}, or else
 * {@link CustomerField#FIRST_NAME} and {@link CustomerField#LAST_NAME} joined by a space.
 */
record CustomerName(String name, CustomerType type, String contactName) {

    /**
     * Resolves the name of the customer in the row.
     *
     * @throws RowRejectedException if the row has neither a company nor a person's name, or the
     *     name is longer than the customer table allows
     */
    static CustomerName resolve(RowFields fields) throws RowRejectedException {
        String company = fields.value(CustomerField.NAME);
        PersonName person = PersonName.of(fields);
        if (company != null) {
            String companyColumn = fields.header(CustomerField.NAME);
            fields.checkLength(companyColumn, company, Customer.NAME_MAX);
            if (person == null) {
                return new CustomerName(company, CustomerType.ENTERPRISE, null);
            }
            fields.checkLength(person.column(), person.name(), Customer.CONTACT_NAME_MAX);
            return new CustomerName(company, CustomerType.ENTERPRISE, person.name());
        }
        if (person != null) {
            fields.checkLength(person.column(), person.name(), Customer.NAME_MAX);
            return new CustomerName(person.name(), CustomerType.INDIVIDUAL, null);
        }
        throw missingName(fields);
    }

    private static RowRejectedException missingName(RowFields fields) {
        String companyColumn = fields.header(CustomerField.NAME);
        String personColumns = PersonName.describeColumns(fields);
        String fillIn;
        if (companyColumn != null && personColumns != null) {
            fillIn = companyColumn + ", or " + personColumns + " for a person";
        } else if (companyColumn != null) {
            fillIn = companyColumn;
        } else {
            fillIn = personColumns;
        }
        String column = companyColumn != null ? companyColumn : PersonName.firstColumn(fields);
        return fields.reject(column, null, "The customer's name is missing. Fill in " + fillIn + ".");
    }
}
