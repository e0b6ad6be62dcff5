package org.xtoolscrm.it.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.util.List;
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
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerForm;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSortField;
import org.xtoolscrm.customer.InvalidCustomerActionException;
import org.xtoolscrm.customer.StaleCustomerException;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Creating and editing customers")
class CustomerEditTest {

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CustomerEditTest.class);
    }

    @EJB
    private CustomerEditService edits;

    @EJB
    private CustomerService customers;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("ed" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Salesperson creates own customer with history")
    void salesCreatesOwn() throws Exception {
        CustomerForm form = form(team.prefix + "  Created   Ltd ", "021-5555 6666");
        Customer created = as("salesA1", () -> edits.create(form, team.users.get("salesA1").getId()));
        List<ChangeEntry> history = as("salesA1", () -> customers.history(created.getId()));

        assertEquals(team.prefix + " Created Ltd", created.getName(), "name trimmed and collapsed");
        assertEquals(team.users.get("salesA1").getId(), created.getOwner().getId());
        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE));
        assertTrue(history.stream().anyMatch(entry -> "name".equals(entry.getFieldName())));
    }

    @Test
    @DisplayName("Manager creates for a subordinate but not for another team")
    void managerOwnerChoice() throws Exception {
        long subordinate = team.users.get("salesA2").getId();
        long otherTeam = team.users.get("salesB1").getId();

        Customer created = as("managerA", () -> edits.create(form(team.prefix + " For A2", null), subordinate));
        assertEquals(subordinate, created.getOwner().getId());
        as("managerA", () -> assertThrows(InvalidCustomerActionException.class,
                () -> edits.create(form(team.prefix + " For B1", null), otherTeam)));
        as("salesA1", () -> assertThrows(InvalidCustomerActionException.class,
                () -> edits.create(form(team.prefix + " For A2 by A1", null), subordinate)));
    }

    @Test
    @DisplayName("Stale edit is rejected, not saved")
    void staleEditRejected() throws Exception {
        Customer created = as("salesA1", () -> edits.create(form(team.prefix + " Stale Ltd", null),
                team.users.get("salesA1").getId()));
        int opened = created.getVersion();

        CustomerForm first = form(team.prefix + " Stale Ltd", "0571-1111");
        as("managerA", () -> edits.update(created.getId(), opened, first));
        CustomerForm second = form(team.prefix + " Stale Ltd", "0571-2222");
        as("salesA1", () -> assertThrows(StaleCustomerException.class,
                () -> edits.update(created.getId(), opened, second)));

        assertEquals("0571-1111", as("salesA1", () -> customers.getVisible(created.getId()).getPhone()));
        List<ChangeEntry> history = as("salesA1", () -> customers.history(created.getId()));
        assertEquals(ChangeAction.UPDATE, history.get(0).getAction());
        assertEquals("phone", history.get(0).getFieldName());
        assertEquals("0571-1111", history.get(0).getNewValue());
    }

    @Test
    @DisplayName("Edit outside the scope is not found")
    void editOutsideScope() throws Exception {
        long foreign = team.customers.get("salesB1")[0];
        as("salesA1", () -> assertThrows(RecordNotFoundException.class,
                () -> edits.update(foreign, 0, form("Taken over", null))));
    }

    @Test
    @DisplayName("Look-alikes are counted across teams without data")
    void lookAlikesCountAcrossTeams() throws Exception {
        as("salesB1", () -> edits.create(form(team.prefix + " Twin Trading", "010-8888 7777"),
                team.users.get("salesB1").getId()));

        long byName = as("salesA1", () -> edits.countLookAlikes(team.prefix.toUpperCase() + "  twin trading",
                null, null));
        long byPhone = as("salesA1", () -> edits.countLookAlikes("Other name", "010-8888 7777", null));
        long none = as("salesA1", () -> edits.countLookAlikes(team.prefix + " Nothing Alike", "000", null));

        assertEquals(1, byName);
        assertEquals(1, byPhone);
        assertEquals(0, none);
    }

    @Test
    @DisplayName("Search matches phone, contact and e-mail within scope")
    void searchWithinScope() throws Exception {
        String phone = "139" + (System.currentTimeMillis() % 100_000_000L);
        CustomerForm mine = form(team.prefix + " Searchable Ltd", phone);
        mine.setContactName(team.prefix + " Zhang Search");
        mine.setEmail(team.prefix + "@search.example.com");
        Customer own = as("salesA1", () -> edits.create(mine, team.users.get("salesA1").getId()));
        as("salesB1", () -> edits.create(form(team.prefix + " Hidden Twin", phone), team.users.get("salesB1").getId()));

        for (String text : List.of(phone.substring(0, 8), team.prefix + " Zhang", team.prefix + "@search",
                team.prefix + " Searchable")) {
            List<Long> found = as("salesA1", () -> customers.findPage(CustomerFilter.none().withSearch(text),
                    CustomerSortField.NAME, true, 0, 50).stream().map(row -> row.getId()).toList());
            assertEquals(List.of(own.getId()), found, "search for " + text);
        }
        long both = as("boss", () -> customers.count(CustomerFilter.none().withSearch(phone)));
        assertEquals(2, both, "the Boss finds both");
    }

    @Test
    @DisplayName("Duplicate customer code and invalid e-mail are rejected")
    void invalidInputRejected() throws Exception {
        long owner = team.users.get("salesA1").getId();
        CustomerForm coded = form(team.prefix + " Coded", null);
        coded.setCode(team.prefix + "-code");
        as("salesA1", () -> edits.create(coded, owner));

        CustomerForm sameCode = form(team.prefix + " Coded Again", null);
        sameCode.setCode(team.prefix + "-code");
        as("salesA1", () -> assertThrows(InvalidCustomerActionException.class, () -> edits.create(sameCode, owner)));

        CustomerForm badMail = form(team.prefix + " Bad Mail", null);
        badMail.setEmail("not-an-address");
        as("salesA1", () -> assertThrows(EJBException.class, () -> edits.create(badMail, owner)));
    }

    private static CustomerForm form(String name, String phone) {
        CustomerForm form = new CustomerForm();
        form.setName(name);
        form.setPhone(phone);
        return form;
    }

    private static <T> T as(String role, java.util.concurrent.Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
