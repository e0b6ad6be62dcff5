package org.xtoolscrm.report.statistics;

import java.io.Serializable;

/**
 * One condition of an advanced query, as the user built it: a field, an operator and the
 * value as typed or picked. A null field or operator is a row left incomplete, which
 * {@link ConditionRules} reports.
 *
 * @param value an ISO date (yyyy-MM-dd), a decimal amount, an enum constant's name, a
 *              dictionary option's code or free text, by the field's {@link ValueKind}
 */
public record Condition(ConditionField field, ConditionOperator operator, String value) implements Serializable {

    /** Returns the value without surrounding blanks, or null when it is blank. */
    public String trimmedValue() {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
