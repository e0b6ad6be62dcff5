package org.xtoolscrm.opportunity;

import java.util.List;

/** The seeded stage list, for tests of rules and reports that need no database. */
public final class Stages {

    private Stages() {
    }

    public static StageList seeded() {
        return new StageList(List.of(
                new Stage("INITIAL_CONTACT", "初步接触", "Initial contact", 10, OpportunityOutcome.OPEN, 10, true),
                new Stage("NEEDS_CONFIRMED", "需求确认", "Needs confirmed", 30, OpportunityOutcome.OPEN, 20, true),
                new Stage("PROPOSAL", "方案报价", "Proposal/quote", 50, OpportunityOutcome.OPEN, 30, true),
                new Stage("NEGOTIATION", "商务谈判", "Negotiation", 70, OpportunityOutcome.OPEN, 40, true),
                new Stage("WON", "赢单", "Won", 100, OpportunityOutcome.WON, 50, true),
                new Stage("LOST", "输单", "Lost", 0, OpportunityOutcome.LOST, 60, true)));
    }
}
