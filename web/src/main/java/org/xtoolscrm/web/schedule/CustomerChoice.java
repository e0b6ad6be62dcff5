package org.xtoolscrm.web.schedule;

import java.io.Serializable;

/** A customer offered by the schedule dialog's customer search. */
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
}
