package org.xtoolscrm.report.statistics;

/** The comparison of an advanced query condition. */
public enum ConditionOperator {
    EQUALS,
    NOT_EQUALS,
    STARTS_WITH,
    CONTAINS,
    LESS_THAN,
    LESS_OR_EQUAL,
    GREATER_THAN,
    GREATER_OR_EQUAL,
    IS_EMPTY,
    IS_NOT_EMPTY;

    /** Returns whether the operator compares with a value; the emptiness tests take none. */
    public boolean needsValue() {
        return this != IS_EMPTY && this != IS_NOT_EMPTY;
    }
}
