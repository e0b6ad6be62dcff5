package org.xtoolscrm.opportunity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields a user enters for an opportunity.
 *
 * @param customerId       the customer of the deal; fixed once the deal exists
 * @param currency         an ISO 4217 code; blank means CNY
 * @param stage            an option code of the list OPPORTUNITY_STAGE
 * @param source           an option code of the list SOURCE, or null
 * @param ownerId          the owner, or null for the caller on create and the current owner on edit
 * @param lostReason       why the deal was lost; required in a LOST stage, ignored otherwise
 */
public record OpportunityForm(Long customerId, String name, BigDecimal amount, String currency,
                              LocalDate expectedSignDate, String stage, String source, Long ownerId,
                              String description, String lostReason) implements Serializable {
}
