package org.xtoolscrm.report.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the conditions of an advanced query and reads their values. A condition is valid
 * when its field applies to the counted records, its operator fits the field, and its value
 * is present (unless the operator tests emptiness) and reads as the field's kind. Whether a
 * dictionary code exists is checked against the dictionary by the service.
 */
public final class ConditionRules {

    /** The maximum number of conditions in one query. */
    public static final int MAX_CONDITIONS = 10;

    /** The maximum length of a text value, the longest searchable customer field. */
    public static final int MAX_TEXT = 100;

    /** The maximum digits before the decimal point of an amount, as DECIMAL(19,2) stores. */
    static final int MAX_INTEGER_DIGITS = 17;

    private ConditionRules() {
    }

    /**
     * Returns every problem of the conditions, each naming its condition's position counted
     * from 1, in the order of the conditions.
     */
    public static List<StatisticsProblem> problems(List<Condition> conditions, StatisticsSubject subject) {
        List<StatisticsProblem> problems = new ArrayList<>();
        if (conditions.size() > MAX_CONDITIONS) {
            problems.add(StatisticsProblem.ofQuery(StatisticsError.TOO_MANY_CONDITIONS));
        }
        for (int i = 0; i < conditions.size(); i++) {
            StatisticsError error = check(conditions.get(i), subject);
            if (error != null) {
                Condition condition = conditions.get(i);
                problems.add(new StatisticsProblem(i + 1, condition.field(), error, condition.trimmedValue()));
            }
        }
        return problems;
    }

    /** Returns the first problem of one condition, or null when it is valid. */
    static StatisticsError check(Condition condition, StatisticsSubject subject) {
        ConditionField field = condition.field();
        if (field == null) {
            return StatisticsError.FIELD_MISSING;
        }
        if (!field.appliesTo(subject)) {
            return StatisticsError.FIELD_NOT_APPLICABLE;
        }
        if (condition.operator() == null) {
            return StatisticsError.OPERATOR_MISSING;
        }
        if (!field.operators().contains(condition.operator())) {
            return StatisticsError.OPERATOR_NOT_ALLOWED;
        }
        if (!condition.operator().needsValue()) {
            return null;
        }
        String value = condition.trimmedValue();
        if (value == null) {
            return StatisticsError.VALUE_MISSING;
        }
        return switch (field.kind()) {
            case DATE -> date(value) == null ? StatisticsError.DATE_INVALID : null;
            case AMOUNT -> amount(value) == null ? StatisticsError.AMOUNT_INVALID : null;
            case CHOICE -> choice(field, value) == null ? StatisticsError.OPTION_UNKNOWN : null;
            case TEXT, DICTIONARY -> value.length() > MAX_TEXT ? StatisticsError.TEXT_TOO_LONG : null;
        };
    }

    /** Returns the day of an ISO date such as 2024-03-01, or null when the text is not one. */
    public static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Returns an amount written with digits and an optional decimal point, at most two
     * decimals and {@value #MAX_INTEGER_DIGITS} digits before the point, or null otherwise.
     * Signs, exponents and grouping commas are rejected.
     */
    public static BigDecimal amount(String value) {
        String text = value.strip();
        if (!text.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > 2 || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        return amount;
    }

    /** Returns the constant of a choice field whose name is the value, or null when there is none. */
    public static Enum<?> choice(ConditionField field, String value) {
        return Arrays.stream(field.choices().getEnumConstants())
                .filter(constant -> constant.name().equals(value.strip()))
                .findFirst()
                .orElse(null);
    }
}
