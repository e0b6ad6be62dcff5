package org.xtoolscrm.it.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
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
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.customer.StaleCustomerException;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Deleting customers to the recycle bin and restoring them")
class CustomerRecycleBinTest {

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CustomerRecycleBinTest.class);
    }

    @EJB
    private CustomerEditService edits;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private RecycleBinService bin;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("rb" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("A deleted customer is gone from every read path until a Boss restores it")
    void deleteHidesAndRestoreBrings() throws Exception {
        long id = team.customers.get("salesA1")[0];
        int version = as("salesA1", () -> customers.getVisible(id).getVersion());
        CustomerFilter byPrefix = CustomerFilter.none().withSearch("客户 " + team.prefix + " salesA1");

        as("salesA1", () -> edits.delete(id, version));

        for (String role : List.of("salesA1", "managerA", "boss")) {
            as(role, () -> assertThrows(RecordNotFoundException.class, () -> customers.getVisible(id), role));
            assertEquals(0L, as(role, () -> customers.count(byPrefix)), role + " list");
            assertFalse(as(role, () -> customers.findIds(CustomerFilter.none())).contains(id), role + " ids");
        }
        DeletedRecord entry = as("boss", () -> bin.findPage(0, 50)).stream()
                .filter(record -> record.getRecordId() == id).findFirst().orElseThrow();
        assertEquals(BinRecordType.CUSTOMER, entry.getRecordType());
        assertEquals(team.login("salesA1"), entry.getDeletedBy());

        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(id, (long) as("salesA1", () -> customers.getVisible(id).getId()));
        assertEquals(1L, as("salesA1", () -> customers.count(byPrefix)));
        List<ChangeAction> actions = as("salesA1", () -> customers.history(id)).stream()
                .map(change -> change.getAction()).distinct().toList();
        assertTrue(actions.containsAll(List.of(ChangeAction.DELETE, ChangeAction.RESTORE)), actions.toString());
    }

    @Test
    @DisplayName("Only those who may transfer a customer may delete it, from a current page")
    void deleteNeedsManageRights() throws Exception {
        long id = team.customers.get("salesB1")[0];
        as("salesB1", () -> sharing.share(id, List.of(team.users.get("salesA2").getId())));
        int version = as("salesB1", () -> customers.getVisible(id).getVersion());

        as("salesA2", () -> assertThrows(RecordNotFoundException.class, () -> edits.delete(id, version)));
        as("managerA", () -> assertThrows(RecordNotFoundException.class, () -> edits.delete(id, version)));
        as("salesB1", () -> assertThrows(StaleCustomerException.class, () -> edits.delete(id, version + 1)));

        assertEquals(id, (long) as("salesB1", () -> customers.getVisible(id).getId()));
    }

    @Test
    @DisplayName("Only a Boss reads and restores the bin")
    void binIsForBosses() throws Exception {
        for (String role : List.of("managerA", "salesA1")) {
            as(role, () -> assertThrows(EJBAccessException.class, () -> bin.findPage(0, 10), role));
            as(role, () -> assertThrows(EJBAccessException.class, () -> bin.restore(1L), role));
        }
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
