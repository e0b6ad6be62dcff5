package org.xtoolscrm.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.money.LineItemForm;

/**
 * The line items of a contract. A user who may see a contract may change its lines, which
 * are saved as a whole under the contract's version. While a contract has lines, its amount
 * is their total, computed on save. Every save writes the contract's change log.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ContractLinesService {

    private static final Logger LOG = Logger.getLogger(ContractLinesService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private ContractService contracts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Principal caller;

    /**
     * Returns the lines of a contract the caller may see, in their order, with the
     * contract's version, currency and amount.
     *
     * @throws RecordNotFoundException when the contract is not visible to the caller
     */
    public ContractLines lines(long contractId) {
        return ContractLines.of(contracts.get(contractId));
    }

    /**
     * Replaces the lines of a contract the caller may see. Blank lines are skipped; with no
     * lines left the contract keeps its amount as it is, otherwise the amount becomes the
     * lines' total. The contract's version rises with every save.
     *
     * @param contractVersion the version of the contract the caller's lines were loaded at
     * @return the contract's new lines, amount and version
     * @throws StaleContractException    when someone saved the contract or its lines since then
     * @throws InvalidContractException with every broken rule, each line's naming the line's number
     */
    public ContractLines saveLines(long contractId, int contractVersion, List<LineItemForm> lines) {
        Contract contract = contracts.get(contractId);
        // The lock orders this save after any other change of the contract that is under way,
        // so the version compared below is the latest committed one.
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        if (contract.getVersion() != contractVersion) {
            throw new StaleContractException(Contract.AUDIT_TYPE, contractId);
        }
        List<ContractProblem> problems = ContractLineRules.problems(lines, contract.getCurrency());
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }

        Map<String, Object> before = ChangeLog.snapshot(contract);
        ContractLineRules.apply(contract, lines);
        contract.touch();
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleContractException(Contract.AUDIT_TYPE, contractId);
        }
        changeLog.updated(contract, before);
        LOG.info(() -> "Lines of contract " + contractId + " saved by " + caller.getName() + ": "
                + contract.getLines().size() + " lines, amount " + contract.getAmount() + " "
                + contract.getCurrency());
        return ContractLines.of(contract);
    }
}
