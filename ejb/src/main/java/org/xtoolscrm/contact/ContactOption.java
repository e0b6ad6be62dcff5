package org.xtoolscrm.contact;

import java.io.Serializable;

/**
 * A live contact offered in a picker, such as the contact of an activity or an opportunity.
 * The getters make the components readable in Jakarta EL 5, which does not resolve record
 * accessors.
 *
 * @param title the job title, or null
 */
public record ContactOption(Long id, String name, String title) implements Serializable {

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    /** Returns the name followed by the job title, such as "王芳 (采购经理)", for a picker's item label. */
    public String getLabel() {
        return title == null || title.isBlank() ? name : name + " (" + title + ")";
    }
}
