package org.xtoolscrm.persistence;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the conditions of a JPQL WHERE clause with their named parameters, so a
 * list's query, count and id query share one filter. Conditions are joined with AND.
 */
public final class JpqlWhere {

    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition without parameters. */
    public JpqlWhere and(String condition) {
        clause.append(clause.isEmpty() ? " WHERE " : " AND ").append(condition);
        return this;
    }

    /** Adds a condition with one named parameter. */
    public JpqlWhere and(String condition, String name, Object value) {
        and(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds a condition with its own parameters. */
    public JpqlWhere and(JpqlCondition condition) {
        and(condition.jpql());
        parameters.putAll(condition.parameters());
        return this;
    }

    /** Adds a LIKE condition matching values that start with the given text, when the text is not blank. */
    public JpqlWhere startsWith(String path, String name, String prefix) {
        if (prefix != null && !prefix.isBlank()) {
            and(path + " LIKE :" + name, name, LikePatterns.prefix(prefix));
        }
        return this;
    }

    /** Adds a LIKE condition matching values that contain the given text, when the text is not blank. */
    public JpqlWhere contains(String path, String name, String text) {
        if (text != null && !text.isBlank()) {
            and(path + " LIKE :" + name, name, LikePatterns.contains(text));
        }
        return this;
    }

    /** Adds an equality condition when the value is not null. */
    public JpqlWhere equalsIfSet(String path, String name, Object value) {
        if (value != null) {
            and(path + " = :" + name, name, value);
        }
        return this;
    }

    /** Returns the clause with a leading " WHERE ", or an empty string when there are no conditions. */
    @Override
    public String toString() {
        return clause.toString();
    }

    /** Sets the collected parameters on a query built from this clause. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Sets the collected parameters on an untyped query, such as a bulk update. */
    public Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
