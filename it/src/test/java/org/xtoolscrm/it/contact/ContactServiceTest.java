package org.xtoolscrm.it.contact;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.audit.RestoreBlockedException;
import org.xtoolscrm.contact.Contact;
import org.xtoolscrm.contact.ContactError;
import org.xtoolscrm.contact.ContactFilter;
import org.xtoolscrm.contact.ContactForm;
import org.xtoolscrm.contact.ContactOption;
import org.xtoolscrm.contact.ContactProblem;
import org.xtoolscrm.contact.ContactRow;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.contact.ContactSortField;
import org.xtoolscrm.contact.InvalidContactException;
import org.xtoolscrm.contact.StaleContactException;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Creating, editing and deleting contacts")
class ContactServiceTest {

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ContactServiceTest.class);
    }

    @EJB
    private ContactService contacts;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService customerEdits;

    @EJB
    private RecycleBinService bin;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("ct" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Create stores cleaned fields, the creator and the change log")
    void createStoresContact() throws Exception {
        long customerId = newCustomer();
        ContactForm form = form("  王   芳 ");
        form.setTitle(" 采购经理 ");
        form.setDepartment("采购部");
        form.setMobile("１３８ 0013 8000");
        form.setPhone("0755-8208 0387 转 8001");
        form.setEmail("wang.fang@example.com");
        form.setBirthday(LocalDate.of(1985, 6, 1));
        form.setNotes("Prefers calls after 10 am");
        form.setMainContact(true);

        Contact created = as("salesA1", () -> contacts.create(customerId, form));
        Contact loaded = as("salesA1", () -> contacts.get(created.getId()));

        assertEquals("王 芳", loaded.getName());
        assertEquals("采购经理", loaded.getTitle());
        assertEquals("采购部", loaded.getDepartment());
        assertEquals("138 0013 8000", loaded.getMobile());
        assertEquals("0755-8208 0387 转 8001", loaded.getPhone());
        assertEquals("wang.fang@example.com", loaded.getEmail());
        assertEquals(LocalDate.of(1985, 6, 1), loaded.getBirthday());
        assertEquals("Prefers calls after 10 am", loaded.getNotes());
        assertTrue(loaded.isMainContact());
        assertEquals(customerId, loaded.getCustomer().getId());
        assertEquals(team.login("salesA1"), loaded.getCreatedBy());
        assertEquals(loaded.getCreatedAt(), loaded.getUpdatedAt());

        Map<String, String> logged = as("salesA1", () -> contacts.history(created.getId())).stream()
                .filter(entry -> entry.getAction() == ChangeAction.CREATE)
                .filter(entry -> entry.getNewValue() != null)
                .collect(Collectors.toMap(ChangeEntry::getFieldName, ChangeEntry::getNewValue));
        assertEquals("王 芳", logged.get("name"));
        assertEquals("1985-06-01", logged.get("birthday"));
        assertEquals("true", logged.get("mainContact"));
    }

    @Test
    @DisplayName("Edit saves the form and logs only the changed fields")
    void editLogsChanges() throws Exception {
        long customerId = newCustomer();
        Contact created = as("salesA1", () -> contacts.create(customerId, form("Li Lei")));
        ContactForm changed = form("Li Lei");
        changed.setTitle("Buyer");
        changed.setMainContact(true);

        Contact saved = as("managerA", () -> contacts.update(created.getId(), created.getVersion(), changed));

        assertEquals("Buyer", saved.getTitle());
        assertTrue(saved.isMainContact());
        assertEquals(created.getVersion() + 1, saved.getVersion());
        assertEquals(team.login("salesA1"), saved.getCreatedBy(), "creator kept");
        List<ChangeEntry> updates = as("salesA1", () -> contacts.history(created.getId())).stream()
                .filter(entry -> entry.getAction() == ChangeAction.UPDATE).toList();
        assertEquals(List.of("mainContact", "title"),
                updates.stream().map(ChangeEntry::getFieldName).sorted().toList());
        assertTrue(updates.stream().allMatch(entry -> entry.getChangedBy().equals(team.login("managerA"))));
    }

    @Test
    @DisplayName("Stale edit is rejected and the first save stays")
    void staleEditRejected() throws Exception {
        long customerId = newCustomer();
        Contact created = as("salesA1", () -> contacts.create(customerId, form("Han Meimei")));
        int opened = created.getVersion();
        ContactForm first = form("Han Meimei");
        first.setMobile("138 0000 1111");
        ContactForm second = form("Han Meimei");
        second.setMobile("138 0000 2222");

        as("managerA", () -> contacts.update(created.getId(), opened, first));
        as("salesA1", () -> assertThrows(StaleContactException.class,
                () -> contacts.update(created.getId(), opened, second)));

        assertEquals("138 0000 1111", as("salesA1", () -> contacts.get(created.getId()).getMobile()));
        List<ChangeEntry> history = as("salesA1", () -> contacts.history(created.getId()));
        assertEquals(1, history.stream().filter(entry -> entry.getAction() == ChangeAction.UPDATE).count());
    }

    @Test
    @DisplayName("Invalid form is rejected with every problem and nothing is stored")
    void invalidFormRejected() throws Exception {
        long customerId = newCustomer();
        ContactForm invalid = form(" ");
        invalid.setEmail("not-an-address");
        invalid.setMobile("call me");
        invalid.setBirthday(CompanyCalendar.current().today().plusDays(2));
        invalid.setNotes("n".repeat(2001));

        InvalidContactException e = as("salesA1", () -> assertThrows(InvalidContactException.class,
                () -> contacts.create(customerId, invalid)));

        assertEquals(List.of(ContactError.NAME_MISSING, ContactError.MOBILE_INVALID, ContactError.EMAIL_INVALID,
                ContactError.BIRTHDAY_IN_FUTURE, ContactError.NOTES_TOO_LONG),
                e.getProblems().stream().map(ContactProblem::error).toList());
        assertEquals(0L, as("salesA1", () -> contacts.count(customerId)));

        Contact created = as("salesA1", () -> contacts.create(customerId, form("Valid Name")));
        ContactForm tooLong = form("n".repeat(101));
        InvalidContactException onEdit = as("salesA1", () -> assertThrows(InvalidContactException.class,
                () -> contacts.update(created.getId(), created.getVersion(), tooLong)));
        assertTrue(onEdit.has(ContactError.NAME_TOO_LONG));
        assertEquals("Valid Name", as("salesA1", () -> contacts.get(created.getId()).getName()));
    }

    @Test
    @DisplayName("Customer's contacts list main contacts first, then by name, paged")
    void listMainFirst() throws Exception {
        long customerId = newCustomer();
        for (String name : List.of("Dora", "Anna", "Carl", "Bert")) {
            ContactForm form = form(name);
            form.setMainContact(name.equals("Dora") || name.equals("Carl"));
            as("salesA1", () -> contacts.create(customerId, form));
        }

        List<String> all = as("salesA1", () -> contacts.list(customerId, 0, 10)).stream()
                .map(ContactRow::getName).toList();
        List<String> secondPage = as("salesA1", () -> contacts.list(customerId, 2, 2)).stream()
                .map(ContactRow::getName).toList();
        List<ContactOption> options = as("salesA1", () -> contacts.options(customerId));

        assertEquals(List.of("Carl", "Dora", "Anna", "Bert"), all);
        assertEquals(List.of("Anna", "Bert"), secondPage);
        assertEquals(4L, as("salesA1", () -> contacts.count(customerId)));
        assertEquals(List.of("Carl", "Dora", "Anna", "Bert"), options.stream().map(ContactOption::getName).toList());
    }

    @Test
    @DisplayName("Delete moves the contact to the bin and a Boss restores it")
    void deleteAndRestore() throws Exception {
        long customerId = newCustomer();
        Contact kept = as("salesA1", () -> contacts.create(customerId, form("Kept Person")));
        Contact deleted = as("salesA1", () -> contacts.create(customerId, form("Deleted Person")));

        as("salesA1", () -> contacts.delete(deleted.getId()));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> contacts.get(deleted.getId())));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> contacts.get(deleted.getId())));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> contacts.delete(deleted.getId())));
        assertEquals(List.of(kept.getId()), idsOf(customerId));
        assertEquals(List.of("Kept Person"), as("salesA1", () -> contacts.options(customerId)).stream()
                .map(ContactOption::getName).toList());
        assertEquals(0L, as("boss", () -> contacts.countAll(new ContactFilter("Deleted Person", false))));

        DeletedRecord entry = binEntry(BinRecordType.CONTACT, deleted.getId());
        assertEquals(customerId, entry.getCustomerId());
        assertTrue(entry.getLabel().startsWith("Deleted Person ("), entry.getLabel());
        assertEquals(team.login("salesA1"), entry.getDeletedBy());

        as("boss", () -> bin.restore(entry.getId()));

        assertEquals("Deleted Person", as("salesA1", () -> contacts.get(deleted.getId()).getName()));
        List<ChangeAction> actions = as("salesA1", () -> contacts.history(deleted.getId())).stream()
                .map(ChangeEntry::getAction).distinct().toList();
        assertTrue(actions.containsAll(List.of(ChangeAction.CREATE, ChangeAction.DELETE, ChangeAction.RESTORE)),
                actions.toString());
    }

    @Test
    @DisplayName("Contacts go to the bin with their customer and come back with it")
    void goneWithCustomer() throws Exception {
        long customerId = newCustomer();
        Contact live = as("salesA1", () -> contacts.create(customerId, form("Live Contact")));
        Contact deletedBefore = as("salesA1", () -> contacts.create(customerId, form("Deleted Before")));
        as("salesA1", () -> contacts.delete(deletedBefore.getId()));
        ContactFilter byName = new ContactFilter("Live Contact", false);
        long before = as("boss", () -> contacts.countAll(byName));
        int customerVersion = as("salesA1", () -> customers.getVisible(customerId).getVersion());

        as("salesA1", () -> customerEdits.delete(customerId, customerVersion));

        for (String role : List.of("salesA1", "managerA", "boss")) {
            as(role, () -> assertThrows(RecordNotFoundException.class, () -> contacts.get(live.getId()), role));
            as(role, () -> assertThrows(RecordNotFoundException.class, () -> contacts.list(customerId, 0, 10), role));
            as(role, () -> assertThrows(RecordNotFoundException.class, () -> contacts.options(customerId), role));
        }
        assertEquals(before - 1, (long) as("boss", () -> contacts.countAll(byName)));
        ContactForm edit = form("Live Contact");
        as("salesA1", () -> assertThrows(RecordNotFoundException.class,
                () -> contacts.update(live.getId(), live.getVersion(), edit)));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class,
                () -> contacts.create(customerId, form("Too Late"))));
        DeletedRecord contactEntry = binEntry(BinRecordType.CONTACT, deletedBefore.getId());
        as("boss", () -> assertThrows(RestoreBlockedException.class, () -> bin.restore(contactEntry.getId())));

        DeletedRecord customerEntry = binEntry(BinRecordType.CUSTOMER, customerId);
        as("boss", () -> bin.restore(customerEntry.getId()));

        assertEquals(List.of(live.getId()), idsOf(customerId));
        assertEquals("Live Contact", as("salesA1", () -> contacts.get(live.getId()).getName()));
        assertEquals(before, (long) as("boss", () -> contacts.countAll(byName)));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> contacts.get(deletedBefore.getId())));
    }

    @Test
    @DisplayName("All-contacts list searches, filters main contacts and sorts")
    void allContactsSearchAndSort() throws Exception {
        long customerId = newCustomer();
        String customerName = as("salesA1", () -> customers.getVisible(customerId).getName());
        String tag = team.prefix + "s" + (++sequence);
        ContactForm zed = form(tag + " Zed");
        zed.setMobile("139 7654 " + sequence + "001");
        zed.setEmail(tag + ".zed@example.com");
        zed.setTitle("A buyer");
        ContactForm amy = form(tag + " Amy");
        amy.setPhone("021-" + sequence + "555 0001");
        amy.setTitle("Z engineer");
        amy.setMainContact(true);
        as("salesA1", () -> contacts.create(customerId, zed));
        as("salesA1", () -> contacts.create(customerId, amy));

        assertEquals(List.of(tag + " Amy", tag + " Zed"), names(new ContactFilter(tag, false), ContactSortField.NAME,
                true));
        assertEquals(List.of(tag + " Zed", tag + " Amy"), names(new ContactFilter(tag, false), ContactSortField.NAME,
                false));
        assertEquals(List.of(tag + " Zed", tag + " Amy"), names(new ContactFilter(tag, false), ContactSortField.TITLE,
                true));
        assertEquals(List.of(tag + " Amy"), names(new ContactFilter(tag, true), ContactSortField.NAME, true));
        assertEquals(List.of(tag + " Zed"), names(new ContactFilter("139 7654 " + sequence, false),
                ContactSortField.NAME, true));
        assertEquals(List.of(tag + " Amy"), names(new ContactFilter("021-" + sequence + "555", false),
                ContactSortField.NAME, true));
        assertEquals(List.of(tag + " Zed"), names(new ContactFilter(tag.toUpperCase() + ".ZED@", false),
                ContactSortField.EMAIL, true));
        // One customer, so the order falls back to the contact id: Zed was created first.
        assertEquals(List.of(tag + " Zed", tag + " Amy"), names(new ContactFilter(customerName, false),
                ContactSortField.CUSTOMER, true));
        assertEquals(2L, as("salesA1", () -> contacts.countAll(new ContactFilter(tag, false))));
        assertEquals(1L, as("salesA1", () -> contacts.countAll(new ContactFilter(tag, true))));

        ContactRow row = as("salesA1", () -> contacts.findPage(new ContactFilter(tag + " Amy", false),
                ContactSortField.UPDATED_AT, false, 0, 10)).get(0);
        assertEquals(customerId, row.getCustomerId());
        assertEquals(customerName, row.getCustomerName());
        assertTrue(row.isMainContact());
        assertNull(row.getEmail());
        assertFalse(as("salesA1", () -> contacts.countAll(ContactFilter.none())) < 2);
    }

    @Test
    @DisplayName("Search text with LIKE wildcards matches literally")
    void searchWildcardsLiteral() throws Exception {
        long customerId = newCustomer();
        String tag = team.prefix + "w" + (++sequence);
        as("salesA1", () -> contacts.create(customerId, form(tag + " 100%_sure")));
        as("salesA1", () -> contacts.create(customerId, form(tag + " 1000 sure")));

        assertEquals(List.of(tag + " 100%_sure"), names(new ContactFilter(tag + " 100%_", false),
                ContactSortField.NAME, true));
    }

    @Test
    @DisplayName("Search by a customer name that hundreds of customers share")
    void searchManyCustomers() throws Exception {
        String shared = team.prefix + " Chain Store";
        long firstStore = 0;
        // One more than the customers a search looks up by id, so it matches on the join.
        for (int i = 0; i <= 500; i++) {
            long id = team.addCustomer(dataSource, "salesA1", team.prefix + "-chain" + i,
                    String.format("%s %03d", shared, i));
            firstStore = i == 0 ? id : firstStore;
        }
        long storeId = firstStore;
        as("salesA1", () -> contacts.create(storeId, form("Store Manager " + team.prefix)));

        assertEquals(List.of("Store Manager " + team.prefix), names(new ContactFilter(shared, false),
                ContactSortField.NAME, true));
        assertEquals(1L, as("salesA1", () -> contacts.countAll(new ContactFilter(shared, false))));
        assertEquals(0L, as("salesA2", () -> contacts.countAll(new ContactFilter(shared, false))));
    }

    private List<String> names(ContactFilter filter, ContactSortField sort, boolean ascending) throws Exception {
        return as("salesA1", () -> contacts.findPage(filter, sort, ascending, 0, 50)).stream()
                .map(ContactRow::getName).toList();
    }

    private List<Long> idsOf(long customerId) throws Exception {
        return as("salesA1", () -> contacts.list(customerId, 0, 50)).stream().map(ContactRow::getId).toList();
    }

    private DeletedRecord binEntry(BinRecordType type, long recordId) throws Exception {
        return as("boss", () -> bin.findPage(0, 200)).stream()
                .filter(record -> record.getRecordType() == type && record.getRecordId() == recordId)
                .findFirst().orElseThrow();
    }

    /** Adds a customer of salesA1 with a unique name. */
    private long newCustomer() throws Exception {
        int number = ++sequence;
        return team.addCustomer(dataSource, "salesA1", team.prefix + "-c" + number,
                String.format("Contacts %s %03d", team.prefix, number));
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
}
