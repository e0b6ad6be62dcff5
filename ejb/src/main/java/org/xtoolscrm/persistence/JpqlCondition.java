package org.xtoolscrm.persistence;

import java.util.Map;

/**
 * A piece of a JPQL WHERE clause with the named parameters it uses, such as the
 * condition that limits a query to the customers the caller may see.
 */
public record JpqlCondition(String jpql, Map<String, Object> parameters) {

    public JpqlCondition {
        parameters = Map.copyOf(parameters);
    }
}
