package org.xtoolscrm.it.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
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
import org.xtoolscrm.customer.BatchResult;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerRow;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.customer.CustomerSortField;
import org.xtoolscrm.customer.CustomerTransferService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * Who reaches one customer, owned by salesA1 and shared with salesB1 of the other
 * team, through each way in: list, search, detail by id, batch action, transfer and
 * share. Every mutating case works on a fresh customer of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Customer access matrix")
class CustomerAccessMatrixTest {

    /** Whether each role reads the customer (list, search, detail). */
    private static final Map<String, Boolean> READS = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", true,
            "salesDirect", false);

    /** Whether each role may hand the customer on (batch action, transfer, share). */
    private static final Map<String, Boolean> MANAGES = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", false,
            "salesDirect", false);

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CustomerAccessMatrixTest.class);
    }

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private CustomerTransferService transfers;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("mx" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("List shows the customer to exactly the right roles")
    void list() throws Exception {
        long target = sharedCustomer();
        for (String role : READS.keySet()) {
            boolean listed = as(role, () -> customers.findPage(CustomerFilter.none().withOwner(
                            team.users.get("salesA1").getId()), CustomerSortField.NAME, true, 0, 200).stream()
                    .anyMatch(row -> row.getId() == target));
            assertEquals(READS.get(role), listed, "list as " + role);
        }
    }

    @Test
    @DisplayName("Search by name finds the customer for exactly the right roles")
    void search() throws Exception {
        long target = sharedCustomer();
        String name = nameOf(target);
        for (String role : READS.keySet()) {
            List<CustomerRow> found = as(role, () -> customers.findPage(CustomerFilter.none().withName(name),
                    CustomerSortField.NAME, true, 0, 10));
            assertEquals(READS.get(role), found.stream().anyMatch(row -> row.getId() == target), "search as " + role);
            assertEquals(READS.get(role) ? 1L : 0L, (long) as(role, () -> customers.count(
                    CustomerFilter.none().withName(name))), "count as " + role);
        }
    }

    @Test
    @DisplayName("Detail by id opens for exactly the right roles")
    void detailById() throws Exception {
        long target = sharedCustomer();
        for (String role : READS.keySet()) {
            if (READS.get(role)) {
                assertEquals(target, (long) as(role, () -> customers.getVisible(target).getId()), "detail as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> customers.getVisible(target),
                        "detail as " + role));
            }
        }
    }

    @Test
    @DisplayName("Batch transfer by ids acts only for managing roles")
    void batchTransferByIds() throws Exception {
        for (String role : MANAGES.keySet()) {
            long target = sharedCustomer();
            long receiver = team.users.get("salesA2").getId();
            BatchResult result = as(role, () -> transfers.transferMany(List.of(target), receiver));

            assertEquals(MANAGES.get(role) ? 1 : 0, result.done(), "batch transfer done as " + role);
            assertEquals(MANAGES.get(role) ? 0 : 1, result.skipped(), "batch transfer skipped as " + role);
            assertEquals(MANAGES.get(role) ? receiver : team.users.get("salesA1").getId(), ownerOf(target),
                    "owner after batch transfer as " + role);
        }
    }

    @Test
    @DisplayName("Batch share of all matching rows acts only for managing roles")
    void batchShareAllMatching() throws Exception {
        long receiver = team.users.get("salesDirect").getId();
        for (String role : MANAGES.keySet()) {
            long target = sharedCustomer();
            CustomerFilter byName = CustomerFilter.none().withName(nameOf(target));
            BatchResult result = as(role, () -> sharing.shareMatching(byName, List.of(receiver)));

            assertEquals(MANAGES.get(role) ? 1 : 0, result.done(), "batch share done as " + role);
            assertEquals(MANAGES.get(role), sharedWith(target).contains(team.login("salesDirect")),
                    "shared after batch share as " + role);
        }
    }

    @Test
    @DisplayName("Transfer of one customer works for managing roles only")
    void transferOne() throws Exception {
        for (String role : MANAGES.keySet()) {
            long target = sharedCustomer();
            long receiver = team.users.get("managerA").getId();
            if (MANAGES.get(role)) {
                as(role, () -> transfers.transfer(target, receiver));
                assertEquals(receiver, ownerOf(target), "owner after transfer as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> transfers.transfer(target, receiver), "transfer as " + role));
                assertEquals(team.users.get("salesA1").getId(), ownerOf(target), "owner kept as " + role);
            }
        }
    }

    @Test
    @DisplayName("Share of one customer works for managing roles only")
    void shareOne() throws Exception {
        for (String role : MANAGES.keySet()) {
            long target = sharedCustomer();
            long receiver = team.users.get("salesA2").getId();
            if (MANAGES.get(role)) {
                as(role, () -> sharing.share(target, List.of(receiver)));
                assertTrue(sharedWith(target).contains(team.login("salesA2")), "shared as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> sharing.share(target, List.of(receiver)), "share as " + role));
                assertFalse(sharedWith(target).contains(team.login("salesA2")), "not shared as " + role);
            }
        }
    }

    /** Creates a customer of salesA1 with a unique name, shared with salesB1 by its owner. */
    private long sharedCustomer() throws Exception {
        int number = ++sequence;
        long id = team.addCustomer(dataSource, "salesA1", team.prefix + "-x" + number,
                String.format("Matrix %s %03d", team.prefix, number));
        long salesB1 = team.users.get("salesB1").getId();
        as("salesA1", () -> sharing.share(id, List.of(salesB1)));
        return id;
    }

    private String nameOf(long customerId) throws Exception {
        return as("boss", () -> customers.getVisible(customerId).getName());
    }

    private long ownerOf(long customerId) throws Exception {
        return as("boss", () -> customers.getVisible(customerId).getOwner().getId());
    }

    private List<String> sharedWith(long customerId) throws Exception {
        return as("boss", () -> sharing.sharedWith(customerId).stream().map(user -> user.getLogin()).toList());
    }

    private static <T> T as(String role, java.util.concurrent.Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
