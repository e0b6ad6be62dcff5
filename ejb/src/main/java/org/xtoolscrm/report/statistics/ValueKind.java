package org.xtoolscrm.report.statistics;

import java.util.EnumSet;
import java.util.Set;

/** The type of a condition field's value, which decides the operators it allows and how its value is read. */
public enum ValueKind {
    /** A constant of a Java enum, such as a customer status. */
    CHOICE(EnumSet.of(ConditionOperator.EQUALS, ConditionOperator.NOT_EQUALS)),
    /** The code of a data dictionary option. */
    DICTIONARY(EnumSet.of(ConditionOperator.EQUALS, ConditionOperator.NOT_EQUALS)),
    /** Free text, compared as stored. */
    TEXT(EnumSet.of(ConditionOperator.EQUALS, ConditionOperator.NOT_EQUALS, ConditionOperator.STARTS_WITH,
            ConditionOperator.CONTAINS)),
    /** A day in ISO format, yyyy-MM-dd. */
    DATE(EnumSet.of(ConditionOperator.EQUALS, ConditionOperator.NOT_EQUALS, ConditionOperator.LESS_THAN,
            ConditionOperator.LESS_OR_EQUAL, ConditionOperator.GREATER_THAN, ConditionOperator.GREATER_OR_EQUAL)),
    /** A decimal amount with at most two decimals. */
    AMOUNT(EnumSet.of(ConditionOperator.EQUALS, ConditionOperator.NOT_EQUALS, ConditionOperator.LESS_THAN,
            ConditionOperator.LESS_OR_EQUAL, ConditionOperator.GREATER_THAN, ConditionOperator.GREATER_OR_EQUAL));

    private final Set<ConditionOperator> operators;

    ValueKind(Set<ConditionOperator> operators) {
        this.operators = operators;
    }

    /** Returns the operators a field of this kind allows, before the emptiness tests of optional fields. */
    Set<ConditionOperator> operators() {
        return EnumSet.copyOf(operators);
    }
}
