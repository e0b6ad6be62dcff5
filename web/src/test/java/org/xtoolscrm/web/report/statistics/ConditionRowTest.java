package org.xtoolscrm.web.report.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.report.statistics.Condition;
import org.xtoolscrm.report.statistics.ConditionField;
import org.xtoolscrm.report.statistics.ConditionOperator;

class ConditionRowTest {

    /** Sets the row's inputs in the order Faces does on a postback. */
    private static void submit(ConditionRow row, ConditionField field, ConditionOperator operator, String value) {
        row.setField(field);
        row.setOperator(operator);
        row.setValue(value);
    }

    @Test
    @DisplayName("Changing the field drops the previous operator and value")
    void fieldChange() {
        ConditionRow row = new ConditionRow();
        submit(row, ConditionField.CITY, ConditionOperator.STARTS_WITH, "Shen");
        submit(row, ConditionField.CITY, ConditionOperator.STARTS_WITH, "Shen");

        submit(row, ConditionField.CUSTOMER_CREATED, ConditionOperator.STARTS_WITH, "Shen");

        assertEquals(ConditionOperator.EQUALS, row.getOperator());
        assertNull(row.getValue());
        assertEquals("date", row.getInput());
    }

    @Test
    @DisplayName("A kept field takes the submitted operator and value")
    void keptField() {
        ConditionRow row = new ConditionRow();
        submit(row, ConditionField.CUSTOMER_CREATED, null, null);
        row.setField(ConditionField.CUSTOMER_CREATED);
        row.setOperator(ConditionOperator.GREATER_THAN);
        row.setDate(LocalDate.of(2024, 3, 1));

        assertEquals(new Condition(ConditionField.CUSTOMER_CREATED, ConditionOperator.GREATER_THAN, "2024-03-01"),
                row.toCondition());
    }

    @Test
    @DisplayName("Emptiness tests take no value")
    void emptinessTest() {
        ConditionRow row = new ConditionRow();
        submit(row, ConditionField.INDUSTRY, null, null);
        submit(row, ConditionField.INDUSTRY, ConditionOperator.IS_EMPTY, "IT");

        assertEquals("none", row.getInput());
        assertNull(row.toCondition().value());
    }
}
