package org.xtoolscrm.web.task;

import java.io.Serializable;
import java.util.Objects;

/** A customer offered by the task dialog's customer picker; getters because Jakarta EL 5 reads bean properties. */
public final class CustomerChoice implements Serializable {

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

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerChoice choice && choice.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
