package org.xtoolscrm.opportunity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One opportunity as lists, the board and the workbench show it. */
public record OpportunityRow(Long id, String name, Long customerId, String customerName, BigDecimal amount,
                             String currency, LocalDate expectedSignDate, String stage, OpportunityOutcome outcome,
                             Instant stageSince, LocalDate closedOn, Long ownerId, String ownerName, Integer version)
        implements Serializable {

    /** The JPQL constructor expression of a row, with {@code p}, {@code c} and {@code o}. */
    static final String SELECT = "SELECT NEW org.xtoolscrm.opportunity.OpportunityRow(p.id, p.name, c.id, c.name, "
            + "p.amount, p.currency, p.expectedSignDate, p.stage, p.outcome, p.stageSince, p.closedOn, o.id, "
            + "o.displayName, p.version)";
}
