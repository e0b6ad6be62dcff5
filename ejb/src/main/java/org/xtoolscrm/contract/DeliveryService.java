package org.xtoolscrm.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.company.CompanyCalendar;

/**
 * The deliveries of a contract. A user who may see a contract may add, edit and delete its
 * deliveries. Every change writes the change log, and deleting moves a delivery to the
 * recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private ContractService contracts;

    @EJB
    private AccessService access;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /**
     * Returns the deliveries of a contract the caller may see, the latest date first.
     *
     * @throws RecordNotFoundException when the contract is not visible to the caller
     */
    public List<DeliveryRow> list(long contractId) {
        contracts.get(contractId);
        return em.createQuery("SELECT d FROM Delivery d JOIN FETCH d.createdBy WHERE d.contractId = :id "
                        + "AND d.deletionId IS NULL ORDER BY d.deliveryDate DESC, d.id DESC", Delivery.class)
                .setParameter("id", contractId)
                .getResultList()
                .stream()
                .map(d -> new DeliveryRow(d.getId(), d.getDeliveryDate(), d.getItems(), d.getStatus(),
                        d.getReceiverName(), d.getReceiverPhone(), d.getTracking(), d.getNotes(),
                        d.getCreatedBy().getDisplayName(), d.getVersion()))
                .toList();
    }

    /** Returns a delivery of a contract the caller may see. */
    public Delivery get(long deliveryId) {
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null || delivery.isDeleted()) {
            throw new RecordNotFoundException(Delivery.AUDIT_TYPE, deliveryId);
        }
        try {
            contracts.get(delivery.getContractId());
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Delivery " + deliveryId + " not found: its contract " + delivery.getContractId()
                    + " is not visible");
            throw new RecordNotFoundException(Delivery.AUDIT_TYPE, deliveryId);
        }
        return delivery;
    }

    /** Returns the change log of a delivery of a contract the caller may see, newest first. */
    public List<ChangeEntry> history(long deliveryId) {
        get(deliveryId);
        return changeLog.history(Delivery.AUDIT_TYPE, deliveryId);
    }

    /**
     * Adds a delivery to a contract the caller may see.
     *
     * @throws RecordNotFoundException   when the contract is not visible to the caller
     * @throws InvalidContractException with every broken rule of the form
     */
    public Delivery create(long contractId, DeliveryForm form) {
        Contract contract = contracts.get(contractId);
        check(form);
        Delivery delivery = new Delivery(contract, access.currentUser());
        apply(delivery, form);
        em.persist(delivery);
        em.flush();
        changeLog.created(delivery);
        LOG.info(() -> "Delivery " + delivery.getId() + " (" + delivery.getStatus() + ") added to contract "
                + contractId + " by " + caller.getName());
        return delivery;
    }

    /**
     * Saves a delivery of a contract the caller may see.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleContractException    when someone saved the delivery since then
     * @throws InvalidContractException with every broken rule of the form
     */
    public Delivery update(long deliveryId, int version, DeliveryForm form) {
        Delivery delivery = load(deliveryId, version);
        check(form);
        Map<String, Object> before = ChangeLog.snapshot(delivery);
        apply(delivery, form);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleContractException(Delivery.AUDIT_TYPE, deliveryId);
        }
        changeLog.updated(delivery, before);
        LOG.info(() -> "Delivery " + deliveryId + " updated by " + caller.getName() + " as " + delivery.getStatus());
        return delivery;
    }

    /**
     * Moves a delivery of a contract the caller may see to the recycle bin.
     *
     * @throws StaleContractException when someone saved the delivery since the caller loaded it
     */
    public void delete(long deliveryId, int version) {
        Delivery delivery = load(deliveryId, version);
        recycleBin.delete(BinRecordType.DELIVERY, delivery, delivery.getDeliveryDate() + " "
                + ContractRules.clean(delivery.getItems()).lines().findFirst().orElse(""), delivery.getCustomerId());
    }

    private static void check(DeliveryForm form) {
        List<ContractProblem> problems = DeliveryRules.problems(form, CompanyCalendar.current().today());
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }
    }

    private static void apply(Delivery delivery, DeliveryForm form) {
        delivery.apply(form.getDeliveryDate(), ContractRules.clean(form.getItems()), form.getStatus(),
                ContractRules.clean(form.getReceiverName()), ContractRules.clean(form.getReceiverPhone()),
                ContractRules.clean(form.getTracking()), ContractRules.clean(form.getNotes()));
    }

    private Delivery load(long deliveryId, int version) {
        Delivery delivery = get(deliveryId);
        if (delivery.getVersion() != version) {
            throw new StaleContractException(Delivery.AUDIT_TYPE, deliveryId);
        }
        return delivery;
    }
}
