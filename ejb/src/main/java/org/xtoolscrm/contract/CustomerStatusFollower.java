package org.xtoolscrm.contract;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerStatus;

/**
 * Lets a customer's status follow its contracts whenever a signed contract is created or
 * deleted or a contract changes status. An executing contract makes the customer active.
 * When no contract executes and at least one is completed or terminated, the customer
 * becomes former. A
 * customer whose contracts are all drafts, or who has none, keeps the status it has, which
 * is also how a Boss's own choice stays until the next contract change.
 */
@Dependent
public class CustomerStatusFollower {

    private static final Logger LOG = Logger.getLogger(CustomerStatusFollower.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    /** Sets the customer's status from its live contracts, and logs a change. */
    public void follow(Customer customer) {
        List<ContractStatus> statuses = em.createQuery("SELECT DISTINCT k.status FROM Contract k "
                        + "WHERE k.customer.id = :customer AND k.deletionId IS NULL", ContractStatus.class)
                .setParameter("customer", customer.getId())
                .getResultList();
        CustomerStatus next = statusFor(statuses, customer.getStatus());
        if (next == customer.getStatus()) {
            return;
        }
        CustomerStatus before = customer.getStatus();
        customer.setStatus(next);
        changeLog.event(Customer.AUDIT_TYPE, customer.getId(), ChangeAction.UPDATE, "status", before, next);
        LOG.info(() -> "Customer " + customer.getId() + " is now " + next + " after a contract change");
    }

    /** Returns the status a customer with contracts in the given statuses gets. */
    static CustomerStatus statusFor(List<ContractStatus> statuses, CustomerStatus current) {
        if (statuses.contains(ContractStatus.EXECUTING)) {
            return CustomerStatus.ACTIVE;
        }
        if (statuses.stream().anyMatch(ContractStatus::isFinished)) {
            return CustomerStatus.FORMER;
        }
        return current;
    }
}
