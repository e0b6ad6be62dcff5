package org.xtoolscrm.report.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConditionRulesTest {

    private static StatisticsError check(ConditionField field, ConditionOperator operator, String value,
                                         StatisticsSubject subject) {
        return ConditionRules.check(new Condition(field, operator, value), subject);
    }

    private static StatisticsError onCustomers(ConditionField field, ConditionOperator operator, String value) {
        return check(field, operator, value, StatisticsSubject.CUSTOMER);
    }

    @Test
    @DisplayName("Valid conditions of every kind pass")
    void validConditions() {
        assertNull(onCustomers(ConditionField.CUSTOMER_STATUS, ConditionOperator.EQUALS, "ACTIVE"));
        assertNull(onCustomers(ConditionField.INDUSTRY, ConditionOperator.EQUALS, "IT"));
        assertNull(onCustomers(ConditionField.INDUSTRY, ConditionOperator.IS_EMPTY, null));
        assertNull(onCustomers(ConditionField.CITY, ConditionOperator.STARTS_WITH, " 深圳 "));
        assertNull(onCustomers(ConditionField.CUSTOMER_CREATED, ConditionOperator.GREATER_THAN, "2024-02-29"));
        assertNull(check(ConditionField.CONTRACT_AMOUNT, ConditionOperator.GREATER_OR_EQUAL, "10000.5",
                StatisticsSubject.PAYMENT));
        assertNull(check(ConditionField.ACTIVITY_TYPE, ConditionOperator.NOT_EQUALS, "CALL",
                StatisticsSubject.ACTIVITY));
    }

    @Test
    @DisplayName("Incomplete rows name what is missing")
    void incompleteRows() {
        assertEquals(StatisticsError.FIELD_MISSING, onCustomers(null, ConditionOperator.EQUALS, "x"));
        assertEquals(StatisticsError.OPERATOR_MISSING, onCustomers(ConditionField.CITY, null, "x"));
        assertEquals(StatisticsError.VALUE_MISSING, onCustomers(ConditionField.CITY, ConditionOperator.EQUALS, null));
        assertEquals(StatisticsError.VALUE_MISSING, onCustomers(ConditionField.CITY, ConditionOperator.EQUALS, "  "));
    }

    @Test
    @DisplayName("Fields apply only to the records that have them")
    void fieldsBySubject() {
        assertEquals(StatisticsError.FIELD_NOT_APPLICABLE,
                onCustomers(ConditionField.CONTRACT_STATUS, ConditionOperator.EQUALS, "EXECUTING"));
        assertEquals(StatisticsError.FIELD_NOT_APPLICABLE, check(ConditionField.PAYMENT_METHOD,
                ConditionOperator.EQUALS, "CASH", StatisticsSubject.CONTRACT));
        assertEquals(StatisticsError.FIELD_NOT_APPLICABLE, check(ConditionField.ACTIVITY_TYPE,
                ConditionOperator.EQUALS, "CALL", StatisticsSubject.PAYMENT));
        assertNull(check(ConditionField.CONTRACT_STATUS, ConditionOperator.EQUALS, "EXECUTING",
                StatisticsSubject.PAYMENT), "a payment's contract fields apply");
        assertNull(check(ConditionField.INDUSTRY, ConditionOperator.EQUALS, "IT", StatisticsSubject.ACTIVITY),
                "every record has a customer");
    }

    @Test
    @DisplayName("Operators must fit the field")
    void operatorsByKind() {
        assertEquals(StatisticsError.OPERATOR_NOT_ALLOWED,
                onCustomers(ConditionField.CUSTOMER_CREATED, ConditionOperator.CONTAINS, "2024"));
        assertEquals(StatisticsError.OPERATOR_NOT_ALLOWED,
                onCustomers(ConditionField.CUSTOMER_STATUS, ConditionOperator.GREATER_THAN, "ACTIVE"));
        assertEquals(StatisticsError.OPERATOR_NOT_ALLOWED,
                onCustomers(ConditionField.CUSTOMER_NAME, ConditionOperator.IS_EMPTY, null),
                "a customer always has a name");
        assertNull(onCustomers(ConditionField.PROVINCE, ConditionOperator.IS_NOT_EMPTY, "ignored"));
    }

    @Test
    @DisplayName("Values must read as the field's kind")
    void values() {
        assertEquals(StatisticsError.DATE_INVALID,
                onCustomers(ConditionField.CUSTOMER_CREATED, ConditionOperator.EQUALS, "2024-02-30"));
        assertEquals(StatisticsError.DATE_INVALID,
                onCustomers(ConditionField.CUSTOMER_CREATED, ConditionOperator.EQUALS, "1.3.2024"));
        assertEquals(StatisticsError.OPTION_UNKNOWN,
                onCustomers(ConditionField.CUSTOMER_STATUS, ConditionOperator.EQUALS, "active"));
        assertEquals(StatisticsError.TEXT_TOO_LONG,
                onCustomers(ConditionField.CITY, ConditionOperator.EQUALS, "x".repeat(ConditionRules.MAX_TEXT + 1)));
        assertNull(onCustomers(ConditionField.CITY, ConditionOperator.EQUALS, "x".repeat(ConditionRules.MAX_TEXT)));
        for (String amount : List.of("-5", "1,000", "1e3", "10.123", "abc", "123456789012345678")) {
            assertEquals(StatisticsError.AMOUNT_INVALID, check(ConditionField.CONTRACT_AMOUNT,
                    ConditionOperator.LESS_THAN, amount, StatisticsSubject.CONTRACT), amount);
        }
    }

    @Test
    @DisplayName("Amounts keep their value; trailing zeros do not count as decimals")
    void amounts() {
        assertEquals(new BigDecimal("10.500"), ConditionRules.amount("10.500"));
        assertEquals(new BigDecimal("12345678901234567.99"), ConditionRules.amount("12345678901234567.99"));
        assertNull(ConditionRules.amount("10.501"));
        assertEquals(LocalDate.of(2024, 2, 29), ConditionRules.date(" 2024-02-29 "));
    }

    @Test
    @DisplayName("Problems name each bad condition by its position")
    void problemPositions() {
        List<Condition> conditions = List.of(
                new Condition(ConditionField.CUSTOMER_STATUS, ConditionOperator.EQUALS, "ACTIVE"),
                new Condition(ConditionField.CUSTOMER_CREATED, ConditionOperator.GREATER_THAN, "yesterday"),
                new Condition(ConditionField.INDUSTRY, ConditionOperator.EQUALS, "IT"),
                new Condition(ConditionField.CONTRACT_AMOUNT, ConditionOperator.EQUALS, "5"));

        List<StatisticsProblem> problems = ConditionRules.problems(conditions, StatisticsSubject.CUSTOMER);

        assertEquals(2, problems.size());
        assertEquals(new StatisticsProblem(2, ConditionField.CUSTOMER_CREATED, StatisticsError.DATE_INVALID,
                "yesterday"), problems.get(0));
        assertEquals(new StatisticsProblem(4, ConditionField.CONTRACT_AMOUNT, StatisticsError.FIELD_NOT_APPLICABLE,
                "5"), problems.get(1));
    }

    @Test
    @DisplayName("More than the maximum of conditions is a problem of the query")
    void tooManyConditions() {
        List<Condition> conditions = new ArrayList<>(Collections.nCopies(ConditionRules.MAX_CONDITIONS,
                new Condition(ConditionField.CITY, ConditionOperator.EQUALS, "Shenzhen")));
        assertTrue(ConditionRules.problems(conditions, StatisticsSubject.CUSTOMER).isEmpty());

        conditions.add(new Condition(ConditionField.CITY, ConditionOperator.EQUALS, "Shenzhen"));
        List<StatisticsProblem> problems = ConditionRules.problems(conditions, StatisticsSubject.CUSTOMER);

        assertEquals(List.of(StatisticsProblem.ofQuery(StatisticsError.TOO_MANY_CONDITIONS)), problems);
    }
}
