package org.xtoolscrm.contact;

import java.time.LocalDate;

/** The fields of a contact after {@link ContactRules} checked and cleaned them: trimmed, with blank values as null. */
record ContactValues(String name, String title, String department, String mobile, String phone, String email,
                     LocalDate birthday, String notes, boolean mainContact) {
}
