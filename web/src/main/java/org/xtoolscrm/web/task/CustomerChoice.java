package org.xtoolscrm.web.task;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSortField;

/** A customer offered by the task dialog's customer picker; getters because Jakarta EL 5 reads bean properties. */
public final class CustomerChoice implements Serializable {

    /** The number of customers a picker suggests. */
    static final int SUGGESTIONS = 10;

    private final long id;
    private final String name;

    public CustomerChoice(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Suggests the customers the caller may see whose names start with the typed text. */
    public static List<CustomerChoice> suggest(CustomerService customers, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return customers.findPage(CustomerFilter.none().withName(text), CustomerSortField.NAME, true, 0, SUGGESTIONS)
                .stream().map(row -> new CustomerChoice(row.getId(), row.getName())).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerChoice choice && choice.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
