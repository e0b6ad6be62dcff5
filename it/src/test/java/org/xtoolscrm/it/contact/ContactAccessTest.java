package org.xtoolscrm.it.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import org.xtoolscrm.contact.Contact;
import org.xtoolscrm.contact.ContactFilter;
import org.xtoolscrm.contact.ContactForm;
import org.xtoolscrm.contact.ContactRow;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.contact.ContactSortField;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * Which roles reach the contacts of one customer, owned by salesA1 and shared with salesB1 of
 * the other team. The ways in are the customer's list and picker, the list of all contacts and
 * its search, and get, create, edit and delete by id. A share grants read and write, so the
 * roles that read are exactly the roles that write. Every case works on a fresh customer.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Contact access matrix")
class ContactAccessTest {

    /** Whether each role reads and writes the contacts of salesA1's customer shared with salesB1. */
    private static final Map<String, Boolean> ACCESS = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", true,
            "salesDirect", false);

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ContactAccessTest.class);
    }

    @EJB
    private ContactService contacts;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("ca" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Customer's contact list and picker open for exactly the right roles")
    void customerList() throws Exception {
        Target target = sharedCustomerWithContact();
        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                assertEquals(List.of(target.contactId), as(role, () -> contacts.list(target.customerId, 0, 10))
                        .stream().map(ContactRow::getId).toList(), "list as " + role);
                assertEquals(1L, (long) as(role, () -> contacts.count(target.customerId)), "count as " + role);
                assertEquals(1, as(role, () -> contacts.options(target.customerId)).size(), "options as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> contacts.list(target.customerId, 0, 10), "list as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> contacts.count(target.customerId), "count as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> contacts.options(target.customerId), "options as " + role));
            }
        }
    }

    @Test
    @DisplayName("List of all contacts and its search show the contact to exactly the right roles")
    void allContactsAndSearch() throws Exception {
        Target target = sharedCustomerWithContact();
        ContactFilter byName = new ContactFilter(target.contactName, false);
        ContactFilter byCustomer = new ContactFilter(target.customerName, false);
        for (String role : ACCESS.keySet()) {
            long expected = ACCESS.get(role) ? 1 : 0;
            assertEquals(expected, (long) as(role, () -> contacts.countAll(byName)), "count by name as " + role);
            assertEquals(expected, (long) as(role, () -> contacts.countAll(byCustomer)),
                    "count by customer as " + role);
            List<Long> found = as(role, () -> contacts.findPage(byName, ContactSortField.NAME, true, 0, 10)).stream()
                    .map(ContactRow::getId).toList();
            assertEquals(ACCESS.get(role) ? List.of(target.contactId) : List.of(), found, "search as " + role);
            boolean listed = as(role, () -> contacts.findPage(ContactFilter.none(), ContactSortField.UPDATED_AT,
                    false, 0, 200)).stream().anyMatch(row -> row.getId() == target.contactId);
            assertEquals(ACCESS.get(role), listed, "unfiltered list as " + role);
        }
    }

    @Test
    @DisplayName("Get by id opens for exactly the right roles")
    void getById() throws Exception {
        Target target = sharedCustomerWithContact();
        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                assertEquals(target.contactName, as(role, () -> contacts.get(target.contactId).getName()),
                        "get as " + role);
                assertFalse(as(role, () -> contacts.history(target.contactId)).isEmpty(), "history as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> contacts.get(target.contactId),
                        "get as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> contacts.history(target.contactId), "history as " + role));
            }
        }
    }

    @Test
    @DisplayName("Create on the customer by id works for exactly the right roles")
    void createById() throws Exception {
        for (String role : ACCESS.keySet()) {
            Target target = sharedCustomerWithContact();
            ContactForm form = form("Added by " + role);
            if (ACCESS.get(role)) {
                Contact created = as(role, () -> contacts.create(target.customerId, form));
                assertEquals(target.customerId, created.getCustomer().getId(), "create as " + role);
                assertEquals(team.login(role), created.getCreatedBy(), "creator as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> contacts.create(target.customerId, form), "create as " + role));
            }
            long stored = as("salesA1", () -> contacts.count(target.customerId));
            assertEquals(ACCESS.get(role) ? 2 : 1, stored, "contacts after create as " + role);
        }
    }

    @Test
    @DisplayName("Edit by id works for exactly the right roles")
    void updateById() throws Exception {
        for (String role : ACCESS.keySet()) {
            Target target = sharedCustomerWithContact();
            ContactForm form = form(target.contactName);
            form.setTitle("Edited by " + role);
            int version = as("salesA1", () -> contacts.get(target.contactId).getVersion());
            if (ACCESS.get(role)) {
                as(role, () -> contacts.update(target.contactId, version, form));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> contacts.update(target.contactId, version, form), "update as " + role));
            }
            String title = as("salesA1", () -> contacts.get(target.contactId).getTitle());
            assertEquals(ACCESS.get(role) ? "Edited by " + role : null, title, "title after update as " + role);
        }
    }

    @Test
    @DisplayName("Delete by id works for exactly the right roles")
    void deleteById() throws Exception {
        for (String role : ACCESS.keySet()) {
            Target target = sharedCustomerWithContact();
            if (ACCESS.get(role)) {
                as(role, () -> contacts.delete(target.contactId));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> contacts.delete(target.contactId), "delete as " + role));
            }
            long left = as("salesA1", () -> contacts.count(target.customerId));
            assertEquals(ACCESS.get(role) ? 0 : 1, left, "contacts after delete as " + role);
        }
    }

    @Test
    @DisplayName("Revoking the share ends the access to the customer's contacts")
    void revokedShareEndsAccess() throws Exception {
        Target target = sharedCustomerWithContact();
        assertEquals(target.contactName, as("salesB1", () -> contacts.get(target.contactId).getName()));

        as("salesA1", () -> sharing.unshare(target.customerId, team.users.get("salesB1").getId()));

        as("salesB1", () -> assertThrows(RecordNotFoundException.class, () -> contacts.get(target.contactId)));
        as("salesB1", () -> assertThrows(RecordNotFoundException.class,
                () -> contacts.create(target.customerId, form("After revoke"))));
        assertEquals(0L, (long) as("salesB1", () -> contacts.countAll(new ContactFilter(target.contactName, false))));
    }

    @Test
    @DisplayName("Unknown ids are not found for every role")
    void unknownIds() throws Exception {
        for (String role : ACCESS.keySet()) {
            as(role, () -> assertThrows(RecordNotFoundException.class, () -> contacts.get(Long.MAX_VALUE), role));
            as(role, () -> assertThrows(RecordNotFoundException.class,
                    () -> contacts.create(Long.MAX_VALUE, form("Nobody")), role));
        }
    }

    /** Creates a customer of salesA1 with one contact, shared with salesB1 by its owner. */
    private Target sharedCustomerWithContact() throws Exception {
        int number = ++sequence;
        String customerName = String.format("Access %s %03d", team.prefix, number);
        long customerId = team.addCustomer(dataSource, "salesA1", team.prefix + "-a" + number, customerName);
        as("salesA1", () -> sharing.share(customerId, List.of(team.users.get("salesB1").getId())));
        String contactName = String.format("Person %s %03d", team.prefix, number);
        long contactId = as("salesA1", () -> contacts.create(customerId, form(contactName)).getId());
        return new Target(customerId, customerName, contactId, contactName);
    }

    private static ContactForm form(String name) {
        ContactForm form = new ContactForm();
        form.setName(name);
        return form;
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }

    private record Target(long customerId, String customerName, long contactId, String contactName) {
    }
}
