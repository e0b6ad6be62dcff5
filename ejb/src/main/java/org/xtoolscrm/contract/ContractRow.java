package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One contract as lists show it, with what its payments have settled so far.
 *
 * @param received the live payments' sum, in the contract's currency
 */
public record ContractRow(Long id, String number, String title, Long customerId, String customerName,
                          LocalDate signedOn, LocalDate endsOn, BigDecimal amount, String currency,
                          ContractStatus status, Long ownerId, String ownerName, BigDecimal received)
        implements Serializable {

    /** The JPQL constructor expression of a row, with {@code k}, {@code c} and {@code o}. */
    static final String SELECT = "SELECT NEW org.xtoolscrm.contract.ContractRow(k.id, k.number, k.title, c.id, "
            + "c.name, k.signedOn, k.endsOn, k.amount, k.currency, k.status, o.id, o.displayName, "
            + "(SELECT COALESCE(SUM(r.amount), 0) FROM PaymentRecord r WHERE r.contractId = k.id "
            + "AND r.deletionId IS NULL))";

    /** Returns what is still to be received, never below zero. */
    public BigDecimal outstanding() {
        BigDecimal rest = amount.subtract(received);
        return rest.signum() < 0 ? BigDecimal.ZERO.setScale(2) : rest;
    }
}
