package org.xtoolscrm.report.statistics;

/** A problem of a statistics query or of one of its conditions. */
public enum StatisticsError {
    /** The period ends before it starts. */
    DATES_REVERSED,
    /** A statistic by month lacks the first or the last day of its period. */
    DATES_MISSING,
    /** A statistic by month spans more months than {@link StatisticsRules#MAX_MONTHS}. */
    PERIOD_TOO_LONG,
    /** The query has more conditions than {@link ConditionRules#MAX_CONDITIONS}. */
    TOO_MANY_CONDITIONS,
    FIELD_MISSING,
    /** The field does not exist on the records the statistic counts, such as a payment method on customers. */
    FIELD_NOT_APPLICABLE,
    OPERATOR_MISSING,
    /** The operator does not fit the field, such as "contains" on a date. */
    OPERATOR_NOT_ALLOWED,
    VALUE_MISSING,
    /** The value is not a day in yyyy-MM-dd format. */
    DATE_INVALID,
    /** The value is not a decimal number with at most two decimals. */
    AMOUNT_INVALID,
    /** The value is not one of the field's choices or dictionary options. */
    OPTION_UNKNOWN,
    /** The text is longer than {@link ConditionRules#MAX_TEXT}. */
    TEXT_TOO_LONG
}
