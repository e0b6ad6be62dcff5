package org.xtoolscrm.web.report.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.xtoolscrm.report.statistics.Condition;
import org.xtoolscrm.report.statistics.ConditionField;
import org.xtoolscrm.report.statistics.ConditionOperator;
import org.xtoolscrm.report.statistics.ValueKind;

/**
 * One editable row of the advanced query: a field, an operator and a value. A date picker
 * writes the value through {@link #setDate}, so every kind of value travels as text to the
 * rules, which name a bad one.
 *
 * <p>The page submits every row whenever a field changes, and Faces sets a row's field before
 * its operator and value. A row whose field has just changed therefore ignores the operator
 * and value submitted with it, which belonged to the previous field.
 */
public class ConditionRow implements Serializable {

    private ConditionField field;
    private ConditionOperator operator;
    private String value;
    private transient boolean fieldChanged;

    /** Sets the field; a new field clears the value and, when the operator does not fit it, takes its first one. */
    public void setField(ConditionField field) {
        fieldChanged = field != this.field;
        if (fieldChanged) {
            value = null;
        }
        this.field = field;
        if (field != null && (operator == null || !field.operators().contains(operator))) {
            operator = field.operators().stream().sorted().findFirst().orElse(null);
        }
    }

    public ConditionField getField() {
        return field;
    }

    public ConditionOperator getOperator() {
        return operator;
    }

    public void setOperator(ConditionOperator operator) {
        if (!fieldChanged) {
            this.operator = operator;
        }
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        if (!fieldChanged) {
            this.value = value;
        }
    }

    /** Returns the value as a day for the date picker, or null when it is not one. */
    public LocalDate getDate() {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void setDate(LocalDate date) {
        setValue(date == null ? null : date.toString());
    }

    /** Returns how the page offers the value: a menu, a date picker, a text field, or nothing. */
    public String getInput() {
        if (field == null || operator == null || !operator.needsValue()) {
            return "none";
        }
        ValueKind kind = field.kind();
        return switch (kind) {
            case CHOICE, DICTIONARY -> "menu";
            case DATE -> "date";
            case TEXT, AMOUNT -> "text";
        };
    }

    /** Returns the row as a condition of the query. */
    public Condition toCondition() {
        return new Condition(field, operator, operator != null && operator.needsValue() ? value : null);
    }
}
