package org.xtoolscrm.opportunity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of an opportunity list or the board. Null fields do not filter.
 *
 * @param outcome      open, won or lost deals; null for all
 * @param stage        a stage code
 * @param owners       whose deals; null for every visible deal
 * @param expectedFrom the first expected signing date, inclusive
 * @param expectedTo   the last expected signing date, inclusive
 * @param name         text the deal's name or its customer's name contains
 */
public record OpportunityFilter(OpportunityOutcome outcome, String stage, OwnerFilter owners,
                                LocalDate expectedFrom, LocalDate expectedTo, String name) implements Serializable {

    /** Returns a filter that keeps every deal the caller may see. */
    public static OpportunityFilter all() {
        return new OpportunityFilter(null, null, null, null, null, null);
    }

    /** Returns a filter that keeps the open deals the caller may see. */
    public static OpportunityFilter open() {
        return new OpportunityFilter(OpportunityOutcome.OPEN, null, null, null, null, null);
    }

    public OpportunityFilter withExpected(LocalDate from, LocalDate to) {
        return new OpportunityFilter(outcome, stage, owners, from, to, name);
    }

    public OpportunityFilter withOwners(OwnerFilter filter) {
        return new OpportunityFilter(outcome, stage, filter, expectedFrom, expectedTo, name);
    }

    public OpportunityFilter withStage(String code) {
        return new OpportunityFilter(outcome, code, owners, expectedFrom, expectedTo, name);
    }
}
