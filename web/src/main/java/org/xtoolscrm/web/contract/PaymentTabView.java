package org.xtoolscrm.web.contract;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.PaymentForm;
import org.xtoolscrm.contract.PaymentRow;
import org.xtoolscrm.contract.PaymentService;
import org.xtoolscrm.contract.PlanForm;
import org.xtoolscrm.contract.PlanRow;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.web.FieldMessages;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;

/**
 * Backs the contract's payments tab (contract/tab/payments.xhtml) and its two dialogs
 * (contract/payment-dialogs.xhtml): the payment plan's instalments with what the payments
 * settle of each, and the payments received.
 */
@Named
@ViewScoped
public class PaymentTabView implements Serializable {

    private static final Logger LOG = Logger.getLogger(PaymentTabView.class.getName());

    static final String PLAN_FORM = "planForm";
    static final String PAYMENT_FORM = "paymentForm";

    @Inject
    private ContractView view;

    @EJB
    private PaymentService payments;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private List<PlanRow> plans;
    private List<PaymentRow> paymentRows;
    private List<OwnerOption> handlers;

    private Long planId;
    private int planVersion;
    private PlanForm planForm = new PlanForm();

    private Long paymentId;
    private int paymentVersion;
    private PaymentForm paymentForm = new PaymentForm();

    public List<PlanRow> getPlans() {
        if (plans == null) {
            plans = payments.plans(view.getContractId());
        }
        return plans;
    }

    public List<PaymentRow> getPayments() {
        if (paymentRows == null) {
            paymentRows = payments.payments(view.getContractId());
        }
        return paymentRows;
    }

    /** Opens the instalment dialog for a new instalment of what is still unplanned, due in a month. */
    public void startNewPlan() {
        planId = null;
        planVersion = 0;
        var unplanned = view.getSummary().unplanned();
        planForm = new PlanForm(CompanyCalendar.current().today().plusMonths(1),
                unplanned.signum() > 0 ? unplanned : null, null);
    }

    public void startEditPlan(PlanRow row) {
        planId = row.id();
        planVersion = row.version();
        planForm = new PlanForm(row.dueOn(), row.amount(), row.note());
    }

    public void savePlan() throws IOException {
        try {
            if (planId == null) {
                payments.addPlan(view.getContractId(), planForm);
                Texts.info("contract.plan.message.added");
            } else {
                payments.updatePlan(planId, planVersion, planForm);
                Texts.info("contract.plan.message.saved");
            }
            refresh();
        } catch (InvalidContractException e) {
            ContractErrors.show(PLAN_FORM, e);
        } catch (StaleContractException e) {
            FieldMessages.error(PLAN_FORM, null, Texts.get("contract.message.staleRecord"));
            refresh();
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Instalment save failed: " + e.getMessage());
            FieldMessages.error(PLAN_FORM, null, Texts.get("contract.message.recordNotFound"));
        }
    }

    public void deletePlan(PlanRow row) throws IOException {
        try {
            payments.deletePlan(row.id(), row.version());
            Texts.info("contract.plan.message.deleted", row.instalment());
        } catch (StaleContractException e) {
            Texts.error("contract.message.staleRecord");
        } catch (RecordNotFoundException e) {
            Texts.error("contract.message.recordNotFound");
        }
        refresh();
    }

    /** Opens the payment dialog for a payment received today, of the next open instalment's remainder. */
    public void startNewPayment() {
        paymentId = null;
        paymentVersion = 0;
        paymentForm = new PaymentForm();
        paymentForm.setReceivedOn(CompanyCalendar.current().today());
        paymentForm.setHandledById(access.currentUser().getId());
        getPlans().stream().filter(plan -> !plan.paid()).findFirst().ifPresent(plan -> {
            paymentForm.setPlanId(plan.id());
            paymentForm.setAmount(plan.remaining());
        });
        handlers = null;
    }

    public void startEditPayment(PaymentRow row) {
        paymentId = row.id();
        paymentVersion = row.version();
        paymentForm = new PaymentForm(row.receivedOn(), row.amount(), row.method(), row.planId());
        paymentForm.setHandledById(row.handledById());
        paymentForm.setInvoiced(row.invoiced());
        paymentForm.setNote(row.note());
        handlers = null;
    }

    public void savePayment() throws IOException {
        try {
            if (paymentId == null) {
                payments.addPayment(view.getContractId(), paymentForm);
                Texts.info("contract.payment.message.added");
            } else {
                payments.updatePayment(paymentId, paymentVersion, paymentForm);
                Texts.info("contract.payment.message.saved");
            }
            refresh();
        } catch (InvalidContractException e) {
            ContractErrors.show(PAYMENT_FORM, e);
        } catch (StaleContractException e) {
            FieldMessages.error(PAYMENT_FORM, null, Texts.get("contract.message.staleRecord"));
            refresh();
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Payment save failed: " + e.getMessage());
            FieldMessages.error(PAYMENT_FORM, null, Texts.get("contract.message.recordNotFound"));
        }
    }

    public void deletePayment(PaymentRow row) throws IOException {
        try {
            payments.deletePayment(row.id(), row.version());
            Texts.info("contract.payment.message.deleted");
        } catch (StaleContractException e) {
            Texts.error("contract.message.staleRecord");
        } catch (RecordNotFoundException e) {
            Texts.error("contract.message.recordNotFound");
        }
        refresh();
    }

    /** Reads the contract, its instalments and its payments again, and redraws the tab and the money panel. */
    private void refresh() throws IOException {
        plans = null;
        paymentRows = null;
        view.reload();
        if (!FacesContext.getCurrentInstance().getResponseComplete()) {
            PrimeFaces.current().ajax().update(":messages", ":tabs");
        }
    }

    /** Returns who may be named as having handled a payment: the users the caller may assign, and the current one. */
    public List<OwnerOption> getHandlers() {
        if (handlers == null) {
            handlers = OwnerOption.assignable(accounts.assignableOwners(), view.getContract().getOwner());
        }
        return handlers;
    }

    public boolean isNewPlan() {
        return planId == null;
    }

    public boolean isNewPayment() {
        return paymentId == null;
    }

    public PlanForm getPlanForm() {
        return planForm;
    }

    public PaymentForm getPaymentForm() {
        return paymentForm;
    }
}
