package org.xtoolscrm.opportunity;

import jakarta.ejb.ApplicationException;

/** Raised when an opportunity was saved by someone else since the caller opened it. */
@ApplicationException(rollback = true)
public class StaleOpportunityException extends RuntimeException {

    public StaleOpportunityException(long opportunityId) {
        super("Opportunity " + opportunityId + " was changed by someone else since it was opened");
    }
}
