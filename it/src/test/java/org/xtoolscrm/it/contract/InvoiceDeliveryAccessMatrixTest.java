package org.xtoolscrm.it.contract;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.xtoolscrm.it.contract.ContractLineFixtures.contract;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
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
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.DeliveryForm;
import org.xtoolscrm.contract.DeliveryRow;
import org.xtoolscrm.contract.DeliveryService;
import org.xtoolscrm.contract.DeliveryStatus;
import org.xtoolscrm.contract.InvoiceForm;
import org.xtoolscrm.contract.InvoiceRow;
import org.xtoolscrm.contract.InvoiceService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * Who reaches the invoices and deliveries of one contract through each way in: the list,
 * a record by id, and adding, editing and deleting by id. The contract is salesA1's, on
 * salesA1's customer, which salesA1 shares with salesDirect. Every case that changes
 * records works on a fresh contract of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Invoice and delivery access matrix")
class InvoiceDeliveryAccessMatrixTest {

    /**
     * Whether each role may see the contract, and so read and write its invoices and
     * deliveries: the Boss, the owner's Manager, the owner, and the user the customer is
     * shared with. Another team's Manager, a colleague in the same team and a salesperson of
     * another team do not.
     */
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
        return ContractLineFixtures.deployment(InvoiceDeliveryAccessMatrixTest.class);
    }

    @EJB
    private InvoiceService invoices;

    @EJB
    private DeliveryService deliveries;

    @EJB
    private ContractService contracts;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("ia" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Lists show each kind to exactly the right roles")
    void list() throws Exception {
        long contract = sharedContract();
        for (Kind kind : kinds()) {
            long id = asOwner(() -> kind.create(contract, "listed"));

            for (String role : ACCESS.keySet()) {
                String label = kind.name() + " as " + role;
                if (ACCESS.get(role)) {
                    assertEquals(List.of(id), as(role, () -> kind.list(contract)), "list " + label);
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.list(contract),
                            "list " + label));
                }
            }
        }
    }

    @Test
    @DisplayName("Each kind by id and its history open for exactly the right roles")
    void getById() throws Exception {
        long contract = sharedContract();
        for (Kind kind : kinds()) {
            long id = asOwner(() -> kind.create(contract, "by id"));

            for (String role : ACCESS.keySet()) {
                String label = kind.name() + " as " + role;
                if (ACCESS.get(role)) {
                    assertEquals("by id", as(role, () -> kind.read(id)), "get " + label);
                    assertFalse(as(role, () -> kind.history(id)).isEmpty(), "history " + label);
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.read(id), "get " + label));
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.history(id),
                            "history " + label));
                }
            }
        }
    }

    @Test
    @DisplayName("Adding each kind works for exactly the right roles")
    void create() throws Exception {
        for (String role : ACCESS.keySet()) {
            long contract = sharedContract();
            for (Kind kind : kinds()) {
                String label = kind.name() + " as " + role;
                if (ACCESS.get(role)) {
                    long id = as(role, () -> kind.create(contract, "by " + role));
                    assertEquals("by " + role, asOwner(() -> kind.read(id)), "stored " + label);
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class,
                            () -> kind.create(contract, "by " + role), "create " + label));
                }
                assertEquals(ACCESS.get(role) ? 1 : 0, asOwner(() -> kind.list(contract)).size(),
                        "records after create " + label);
            }
        }
    }

    @Test
    @DisplayName("Editing each kind by id works for exactly the right roles")
    void editById() throws Exception {
        for (String role : ACCESS.keySet()) {
            long contract = sharedContract();
            for (Kind kind : kinds()) {
                String label = kind.name() + " as " + role;
                long id = asOwner(() -> kind.create(contract, "original"));
                int version = asOwner(() -> kind.version(id));
                if (ACCESS.get(role)) {
                    as(role, () -> kind.edit(id, version, "edited by " + role));
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class,
                            () -> kind.edit(id, version, "edited by " + role), "edit " + label));
                }
                assertEquals(ACCESS.get(role) ? "edited by " + role : "original", asOwner(() -> kind.read(id)),
                        "text after edit " + label);
            }
        }
    }

    @Test
    @DisplayName("Deleting each kind by id works for exactly the right roles")
    void deleteById() throws Exception {
        for (String role : ACCESS.keySet()) {
            long contract = sharedContract();
            for (Kind kind : kinds()) {
                String label = kind.name() + " as " + role;
                long id = asOwner(() -> kind.create(contract, "to delete"));
                int version = asOwner(() -> kind.version(id));
                if (ACCESS.get(role)) {
                    as(role, () -> kind.delete(id, version));
                } else {
                    as(role, () -> assertThrows(RecordNotFoundException.class, () -> kind.delete(id, version),
                            "delete " + label));
                }
                assertEquals(ACCESS.get(role) ? 0 : 1, asOwner(() -> kind.list(contract)).size(),
                        "records after delete " + label);
            }
        }
    }

    /**
     * One kind of record, driven through its service as the identity that runs the call.
     * Each kind has one text field that the cases write and read back.
     */
    private interface Kind {
        String name();

        long create(long contract, String text);

        List<Long> list(long contract);

        String read(long id);

        List<ChangeEntry> history(long id);

        int version(long id);

        void edit(long id, int version, String text);

        void delete(long id, int version);
    }

    private List<Kind> kinds() {
        return List.of(new InvoiceKind(), new DeliveryKind());
    }

    /** The note is the invoice's text; each invoice gets a number of its own. */
    private final class InvoiceKind implements Kind {
        public String name() {
            return "invoice";
        }

        public long create(long contract, String text) {
            return invoices.create(contract, form(team.prefix + "-" + (++sequence), text)).getId();
        }

        public List<Long> list(long contract) {
            return invoices.list(contract).stream().map(InvoiceRow::id).toList();
        }

        public String read(long id) {
            return invoices.get(id).getNote();
        }

        public List<ChangeEntry> history(long id) {
            return invoices.history(id);
        }

        public int version(long id) {
            return invoices.get(id).getVersion();
        }

        public void edit(long id, int version, String text) {
            invoices.update(id, version, form(invoices.get(id).getNumber(), text));
        }

        public void delete(long id, int version) {
            invoices.delete(id, version);
        }

        private InvoiceForm form(String number, String text) {
            InvoiceForm form = new InvoiceForm(number, CompanyCalendar.current().today(), "VAT_SPECIAL", new BigDecimal("100.00"));
            form.setNote(text);
            return form;
        }
    }

    /** The items are the delivery's text. */
    private final class DeliveryKind implements Kind {
        public String name() {
            return "delivery";
        }

        public long create(long contract, String text) {
            return deliveries.create(contract, form(text)).getId();
        }

        public List<Long> list(long contract) {
            return deliveries.list(contract).stream().map(DeliveryRow::id).toList();
        }

        public String read(long id) {
            return deliveries.get(id).getItems();
        }

        public List<ChangeEntry> history(long id) {
            return deliveries.history(id);
        }

        public int version(long id) {
            return deliveries.get(id).getVersion();
        }

        public void edit(long id, int version, String text) {
            deliveries.update(id, version, form(text));
        }

        public void delete(long id, int version) {
            deliveries.delete(id, version);
        }

        private DeliveryForm form(String text) {
            return new DeliveryForm(CompanyCalendar.current().today(), text, DeliveryStatus.DELIVERED);
        }
    }

    /** Creates a contract of salesA1 on a customer of salesA1 that is shared with salesDirect. */
    private long sharedContract() throws Exception {
        int number = ++sequence;
        long customerId = team.addCustomer(dataSource, "salesA1", team.prefix + "-k" + number,
                String.format("Contract matrix %s %03d", team.prefix, number));
        long salesDirect = team.users.get("salesDirect").getId();
        asOwner(() -> sharing.share(customerId, List.of(salesDirect)));
        return asOwner(() -> contracts.create(contract(customerId, "Matrix contract " + number)).getId());
    }

    private static <T> T asOwner(Callable<T> work) throws Exception {
        return as("salesA1", work);
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
