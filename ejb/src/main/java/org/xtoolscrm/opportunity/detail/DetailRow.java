package org.xtoolscrm.opportunity.detail;

import java.io.Serializable;

/** One line of a deal's list of records, with what a page needs to edit or delete it. */
public interface DetailRow extends Serializable {

    long getId();

    /** Returns the version the row was read at, which an edit or delete from the list passes back. */
    int getVersion();
}
