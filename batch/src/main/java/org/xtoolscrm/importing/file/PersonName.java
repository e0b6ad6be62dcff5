package org.xtoolscrm.importing.file;

/**
 * A person's name from one row, with the column or columns it came from.
 *
 * @param column the header of the source column, or both headers joined by " and " when the
 *     name joins a first and a last name
 */
record PersonName(String name, String column) {

    /**
     * Returns the contact name if the row has one, else the first and last name joined by a
     * space, or null if all of them are empty.
     */
    static PersonName of(RowFields fields) {
        String contact = fields.value(CustomerField.CONTACT_NAME);
        if (contact != null) {
            return new PersonName(contact, fields.header(CustomerField.CONTACT_NAME));
        }
        String first = fields.value(CustomerField.FIRST_NAME);
        String last = fields.value(CustomerField.LAST_NAME);
        if (first != null && last != null) {
            String column = fields.header(CustomerField.FIRST_NAME) + " and " + fields.header(CustomerField.LAST_NAME);
            return new PersonName(first + " " + last, column);
        }
        if (first != null) {
            return new PersonName(first, fields.header(CustomerField.FIRST_NAME));
        }
        if (last != null) {
            return new PersonName(last, fields.header(CustomerField.LAST_NAME));
        }
        return null;
    }

    /**
     * Describes the person name columns the file has, such as "Contact or First Name and Last
     * Name", or returns null if it has none.
     */
    static String describeColumns(RowFields fields) {
        String contact = fields.header(CustomerField.CONTACT_NAME);
        String first = fields.header(CustomerField.FIRST_NAME);
        String last = fields.header(CustomerField.LAST_NAME);
        String firstAndLast;
        if (first != null && last != null) {
            firstAndLast = first + " and " + last;
        } else {
            firstAndLast = first != null ? first : last;
        }
        if (contact != null && firstAndLast != null) {
            return contact + " or " + firstAndLast;
        }
        return contact != null ? contact : firstAndLast;
    }

    /** Returns the header of the first person name column the file has, or null if it has none. */
    static String firstColumn(RowFields fields) {
        for (CustomerField field : new CustomerField[] {
                CustomerField.CONTACT_NAME, CustomerField.FIRST_NAME, CustomerField.LAST_NAME}) {
            String header = fields.header(field);
            if (header != null) {
                return header;
            }
        }
        return null;
    }
}
