package org.xtoolscrm.contract;

import java.io.Serializable;
import java.time.LocalDate;
import org.xtoolscrm.opportunity.OwnerFilter;

/**
 * The filters of a contract list. Null fields do not filter.
 *
 * @param status     one status
 * @param owners     whose contracts; null for every visible contract
 * @param signedFrom the first signing date, inclusive
 * @param signedTo   the last signing date, inclusive
 * @param text       text the number, the title or the customer's name contains
 * @param dealId     the deal the contracts came from
 */
public record ContractFilter(ContractStatus status, OwnerFilter owners, LocalDate signedFrom, LocalDate signedTo,
                             String text, Long dealId) implements Serializable {

    /** Returns a filter that keeps every contract the caller may see. */
    public static ContractFilter all() {
        return new ContractFilter(null, null, null, null, null, null);
    }

    /** Returns a filter that keeps the contracts that came from the deal. */
    public static ContractFilter ofDeal(long dealId) {
        return new ContractFilter(null, null, null, null, null, dealId);
    }
}
