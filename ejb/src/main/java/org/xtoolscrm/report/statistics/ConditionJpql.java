package org.xtoolscrm.report.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.LikePatterns;

/**
 * Turns valid conditions into one JPQL condition joined with AND, with a named parameter
 * {@code cond1}, {@code cond2} … per condition (and {@code cond1to} where a day becomes a
 * range of instants). A negated test of an optional field also matches the empty field, so
 * "industry is not IT" keeps the customers without an industry.
 */
final class ConditionJpql {

    private final ZoneId zone;
    private final Function<Condition, Collection<String>> dictionaryValues;
    private final StringBuilder jpql = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();

    /**
     * @param zone             the company's time zone, in which a customer's creation day is read
     * @param dictionaryValues the stored values that match a dictionary condition's option
     */
    private ConditionJpql(ZoneId zone, Function<Condition, Collection<String>> dictionaryValues) {
        this.zone = zone;
        this.dictionaryValues = dictionaryValues;
    }

    /**
     * Returns the condition that all the given conditions hold, or {@code 1 = 1} for none.
     * The conditions must have passed {@link ConditionRules}.
     */
    static JpqlCondition of(List<Condition> conditions, ZoneId zone,
                            Function<Condition, Collection<String>> dictionaryValues) {
        ConditionJpql builder = new ConditionJpql(zone, dictionaryValues);
        for (int i = 0; i < conditions.size(); i++) {
            builder.add(conditions.get(i), "cond" + (i + 1));
        }
        return new JpqlCondition(builder.jpql.isEmpty() ? "1 = 1" : builder.jpql.toString(), builder.parameters);
    }

    private void add(Condition condition, String name) {
        ConditionField field = condition.field();
        String path = field.path();
        ConditionOperator operator = condition.operator();
        String clause = switch (operator) {
            case IS_EMPTY -> "(" + path + " IS NULL OR " + path + " = '')";
            case IS_NOT_EMPTY -> "(" + path + " IS NOT NULL AND " + path + " <> '')";
            default -> switch (field.kind()) {
                case CHOICE -> compare(path, operator, name,
                        ConditionRules.choice(field, condition.trimmedValue()), field.optional());
                case DICTIONARY -> inOptions(path, operator, name, dictionaryValues.apply(condition),
                        field.optional());
                case TEXT -> text(path, operator, name, condition.trimmedValue(), field.optional());
                case AMOUNT -> compare(path, operator, name, ConditionRules.amount(condition.trimmedValue()),
                        false);
                case DATE -> field == ConditionField.CUSTOMER_CREATED
                        ? day(path, operator, name, ConditionRules.date(condition.trimmedValue()))
                        : compare(path, operator, name, ConditionRules.date(condition.trimmedValue()), false);
            };
        };
        jpql.append(jpql.isEmpty() ? "" : " AND ").append(clause);
    }

    private String compare(String path, ConditionOperator operator, String name, Object value, boolean optional) {
        parameters.put(name, value);
        String symbol = switch (operator) {
            case EQUALS -> "=";
            case NOT_EQUALS -> "<>";
            case LESS_THAN -> "<";
            case LESS_OR_EQUAL -> "<=";
            case GREATER_THAN -> ">";
            case GREATER_OR_EQUAL -> ">=";
            default -> throw new IllegalArgumentException("Operator " + operator + " does not compare values");
        };
        String clause = path + " " + symbol + " :" + name;
        return optional && operator == ConditionOperator.NOT_EQUALS ? "(" + path + " IS NULL OR " + clause + ")"
                : clause;
    }

    private String inOptions(String path, ConditionOperator operator, String name, Collection<String> values,
                             boolean optional) {
        parameters.put(name, values);
        if (operator == ConditionOperator.EQUALS) {
            return path + " IN :" + name;
        }
        String clause = path + " NOT IN :" + name;
        return optional ? "(" + path + " IS NULL OR " + clause + ")" : clause;
    }

    private String text(String path, ConditionOperator operator, String name, String value, boolean optional) {
        return switch (operator) {
            case STARTS_WITH -> like(path, name, LikePatterns.prefix(value));
            case CONTAINS -> like(path, name, LikePatterns.contains(value));
            default -> compare(path, operator, name, value, optional);
        };
    }

    private String like(String path, String name, String pattern) {
        parameters.put(name, pattern);
        return path + " LIKE :" + name;
    }

    /** Compares an instant with a day of the company's calendar, which is the range [start, next start). */
    private String day(String path, ConditionOperator operator, String name, LocalDate day) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
        String nextName = name + "to";
        return switch (operator) {
            case EQUALS -> bind(name, start, nextName, next,
                    "(" + path + " >= :" + name + " AND " + path + " < :" + nextName + ")");
            case NOT_EQUALS -> bind(name, start, nextName, next,
                    "(" + path + " < :" + name + " OR " + path + " >= :" + nextName + ")");
            case LESS_THAN -> bind(name, start, path + " < :" + name);
            case LESS_OR_EQUAL -> bind(name, next, path + " < :" + name);
            case GREATER_THAN -> bind(name, next, path + " >= :" + name);
            case GREATER_OR_EQUAL -> bind(name, start, path + " >= :" + name);
            default -> throw new IllegalArgumentException("Operator " + operator + " does not compare days");
        };
    }

    private String bind(String name, Object value, String clause) {
        parameters.put(name, value);
        return clause;
    }

    private String bind(String name, Object value, String secondName, Object secondValue, String clause) {
        parameters.put(secondName, secondValue);
        return bind(name, value, clause);
    }
}
