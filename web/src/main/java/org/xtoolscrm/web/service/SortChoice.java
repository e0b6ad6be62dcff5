package org.xtoolscrm.web.service;

import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The column a lazy table sorts by, mapped from the PrimeFaces field name to a sort field
 * of the service, with the direction.
 */
record SortChoice<F>(F field, boolean ascending) {

    /** Returns the first sorted column that the map contains, or the default when the table sorts by none. */
    static <F> SortChoice<F> of(Map<String, SortMeta> sortBy, Map<String, F> fields, F defaultField,
                                boolean defaultAscending) {
        for (SortMeta sort : sortBy.values()) {
            F mapped = sort.getField() == null ? null : fields.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                return new SortChoice<>(mapped, sort.getOrder() == SortOrder.ASCENDING);
            }
        }
        return new SortChoice<>(defaultField, defaultAscending);
    }
}
