package org.xtoolscrm.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.attachment.AttachmentOwnerType;
import org.xtoolscrm.attachment.AttachmentService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.Contract;
import org.xtoolscrm.contract.ContractFilter;
import org.xtoolscrm.contract.ContractForm;
import org.xtoolscrm.contract.ContractRow;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.ContractSortField;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.contract.PaymentForm;
import org.xtoolscrm.contract.PaymentService;
import org.xtoolscrm.contract.PlanForm;
import org.xtoolscrm.contract.ReceivablesService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.opportunity.OwnerFilter;

/**
 * Who reaches a contract of salesA1, on a customer shared with salesDirect, through each
 * way in: the list and its search, the customer's tab and totals, the workbench's payments
 * due, the contract by id with its payments, plans, change log and files, and changing,
 * paying and deleting by id. Each case works on a fresh customer with a contract of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Contract access matrix")
class ContractAccessMatrixTest {

    /** Whether each role may see the contract: its owner, their Manager, a Boss, and the user the customer is shared with. */
    private static final Map<String, Boolean> ACCESS = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", false,
            "salesDirect", true);

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ContractAccessMatrixTest.class);
    }

    @EJB
    private ContractService contracts;

    @EJB
    private PaymentService payments;

    @EJB
    private ReceivablesService receivables;

    @EJB
    private AttachmentService attachments;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("km" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("List, search, the customer tab and the customer's totals show the contract to exactly the right roles")
    void listsAndTotals() throws Exception {
        Shared shared = sharedContract();
        ContractFilter search = new ContractFilter(null, null, null, null, shared.contract.getNumber(), null);

        for (String role : ACCESS.keySet()) {
            boolean sees = ACCESS.get(role);
            List<Long> expected = sees ? List.of(shared.contract.getId()) : List.of();
            assertEquals(expected, ids(as(role, () -> contracts.findPage(search, ContractSortField.NUMBER, true, 0,
                    10))), "search as " + role);
            assertEquals(expected.size(), (long) as(role, () -> contracts.count(search)), "count as " + role);
            if (sees) {
                assertEquals(expected, ids(as(role, () -> contracts.findForCustomer(shared.customerId,
                        ContractSortField.NUMBER, true, 0, 10))), "customer tab as " + role);
                assertEquals(new BigDecimal("50000.00"), as(role, () -> receivables.customerTotals(shared.customerId))
                        .contractAmount(), "totals as " + role);
            } else {
                hidden(role, "customer tab", () -> contracts.findForCustomer(shared.customerId,
                        ContractSortField.NUMBER, true, 0, 10));
                hidden(role, "totals", () -> receivables.customerTotals(shared.customerId));
            }
        }
    }

    @Test
    @DisplayName("The workbench lists the contract's instalment due for exactly the right roles")
    void paymentsDue() throws Exception {
        Shared shared = sharedContract();

        for (String role : ACCESS.keySet()) {
            long listed = as(role, () -> receivables.dueSoon(OwnerFilter.visible(), 30, 500)).stream()
                    .filter(row -> row.contractId().equals(shared.contract.getId())).count();
            assertEquals(ACCESS.get(role) ? 1L : 0L, listed, "payments due as " + role);
        }
    }

    @Test
    @DisplayName("By id, the contract, its money, its change log and its files open for exactly the right roles")
    void byId() throws Exception {
        Shared shared = sharedContract();
        long id = shared.contract.getId();

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                assertEquals(id, as(role, () -> contracts.get(id)).getId(), "get as " + role);
                assertEquals(1, as(role, () -> payments.plans(id)).size(), "plans as " + role);
                assertEquals(1, as(role, () -> payments.payments(id)).size(), "payments as " + role);
                assertEquals(new BigDecimal("30000.00"), as(role, () -> payments.summary(id)).outstanding());
                as(role, () -> contracts.history(id));
                assertEquals(0L, (long) as(role, () -> attachments.count(AttachmentOwnerType.CONTRACT, id)));
            } else {
                hidden(role, "get", () -> contracts.get(id));
                hidden(role, "plans", () -> payments.plans(id));
                hidden(role, "payments", () -> payments.payments(id));
                hidden(role, "summary", () -> payments.summary(id));
                hidden(role, "history", () -> contracts.history(id));
                hidden(role, "payment", () -> payments.getPayment(shared.paymentId));
                hidden(role, "files", () -> attachments.count(AttachmentOwnerType.CONTRACT, id));
            }
        }
    }

    @Test
    @DisplayName("Changing, paying and deleting by id work for exactly the right roles")
    void changes() throws Exception {
        for (String role : ACCESS.keySet()) {
            Shared shared = sharedContract();
            long id = shared.contract.getId();
            int version = shared.contract.getVersion();
            LocalDate today = CompanyCalendar.current().today();
            PaymentForm payment = new PaymentForm(today, new BigDecimal("100.00"), "CASH", null);
            if (ACCESS.get(role)) {
                Contract changed = as(role, () -> contracts.changeStatus(id, version, ContractStatus.COMPLETED));
                as(role, () -> payments.addPayment(id, payment));
                as(role, () -> payments.addPlan(id, new PlanForm(today, new BigDecimal("1.00"), null)));
                as(role, () -> contracts.delete(id, changed.getVersion()));
                hidden("boss", "deleted", () -> contracts.get(id));
            } else {
                hidden(role, "status", () -> contracts.changeStatus(id, version, ContractStatus.COMPLETED));
                hidden(role, "pay", () -> payments.addPayment(id, payment));
                hidden(role, "plan", () -> payments.addPlan(id, new PlanForm(today, BigDecimal.ONE, null)));
                hidden(role, "update", () -> contracts.update(id, version, new ContractForm()));
                hidden(role, "delete", () -> {
                    contracts.delete(id, version);
                    return null;
                });
            }
        }
    }

    /** Creates a contract of salesA1 with one instalment of 50,000.00 due in a week, 20,000.00 paid, on a customer shared with salesDirect. */
    private Shared sharedContract() throws Exception {
        int number = ++sequence;
        long customerId = team.addCustomer(dataSource, "salesA1", team.prefix + "-m" + number,
                String.format("Contract access %s %03d", team.prefix, number));
        long salesDirect = team.users.get("salesDirect").getId();
        as("salesA1", () -> sharing.share(customerId, List.of(salesDirect)));
        LocalDate today = CompanyCalendar.current().today();
        ContractForm form = new ContractForm();
        form.setCustomerId(customerId);
        form.setTitle("Access " + number);
        form.setSignedOn(today);
        form.setAmount(new BigDecimal("50000.00"));
        form.setStatus(ContractStatus.EXECUTING);
        Contract contract = as("salesA1", () -> contracts.create(form));
        long paymentId = as("salesA1", () -> {
            long plan = payments.addPlan(contract.getId(), new PlanForm(today.plusDays(7), new BigDecimal("50000.00"),
                    null)).getId();
            return payments.addPayment(contract.getId(), new PaymentForm(today, new BigDecimal("20000.00"),
                    "BANK_TRANSFER", plan)).getId();
        });
        return new Shared(customerId, as("salesA1", () -> contracts.get(contract.getId())), paymentId);
    }

    private record Shared(long customerId, Contract contract, long paymentId) {
    }

    private static void hidden(String role, String way, Callable<?> work) throws Exception {
        Executable call = work::call;
        as(role, () -> assertThrows(RecordNotFoundException.class, call, way + " as " + role));
    }

    private static List<Long> ids(List<ContractRow> rows) {
        return rows.stream().map(ContractRow::id).toList();
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
