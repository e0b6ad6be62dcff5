package org.xtoolscrm.contract;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xtoolscrm.customer.OwnedRecordVisibility;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Decides which contracts a caller may see, by the rule of {@link OwnedRecordVisibility}:
 * live, and owned by someone in the caller's scope or on a customer the caller may see.
 * Every record of a contract follows its contract.
 */
@Dependent
public class ContractVisibility {

    @Inject
    private OwnedRecordVisibility records;

    /**
     * Returns the condition with {@code k} for the contract, {@code c} for its customer and
     * {@code o} for its owner.
     */
    public JpqlCondition condition() {
        return records.condition("k", "c", "o.id");
    }

    /** Returns whether the caller may see a loaded live contract. */
    public boolean canSee(Contract contract) {
        return records.canSee(contract.getOwner().getId(), contract.getCustomer().getId());
    }
}
