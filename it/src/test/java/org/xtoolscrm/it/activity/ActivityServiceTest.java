package org.xtoolscrm.it.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.xtoolscrm.activity.Activity;
import org.xtoolscrm.activity.ActivityError;
import org.xtoolscrm.activity.ActivityForm;
import org.xtoolscrm.activity.ActivityRow;
import org.xtoolscrm.activity.ActivityService;
import org.xtoolscrm.activity.InvalidActivityException;
import org.xtoolscrm.activity.StaleActivityException;
import org.xtoolscrm.activity.TimelinePage;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contact.ContactForm;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.dictionary.DictionaryError;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.dictionary.InvalidDictionaryOptionException;
import org.xtoolscrm.dictionary.NewOption;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Activities in the container")
class ActivityServiceTest {

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ActivityServiceTest.class);
    }

    @EJB
    private ActivityService activities;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService customerEdits;

    @EJB
    private DictionaryService dictionary;

    @EJB
    private RecycleBinService bin;

    @EJB
    private AccountService accounts;

    @EJB
    private ContactService contacts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("ac" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Manager records on a subordinate's customer as owner")
    void recordedByCaller() throws Exception {
        long customer = team.customers.get("salesA1")[0];
        ActivityForm form = form("VISIT", "  Visited the plant, met the buyer  ");
        form.setOutcome(" Wants a demo ");
        form.setNextStep("Book the demo");
        form.setNextStepDate(CompanyCalendar.current().today().plusDays(7));

        Activity activity = as("managerA", () -> activities.create(customer, form));
        Activity seenByOwner = as("salesA1", () -> activities.get(activity.getId()));

        assertEquals(team.users.get("managerA").getId(), activity.getOwner().getId(), "the recorder owns it");
        assertEquals("Visited the plant, met the buyer", seenByOwner.getContent());
        assertEquals("Wants a demo", seenByOwner.getOutcome());
        assertEquals(customer, seenByOwner.getCustomer().getId());
        assertTrue(as("salesA1", () -> activities.history(activity.getId())).stream()
                .anyMatch(entry -> entry.getAction() == ChangeAction.CREATE && "type".equals(entry.getFieldName())
                        && "VISIT".equals(entry.getNewValue())));
    }

    @Test
    @DisplayName("Contact is stored and shown on the timeline")
    void contactOnTimeline() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA2", team.prefix + "-ct", "Contact list " + team.prefix);
        long contact = contact("salesA2", customer, "张伟 " + team.prefix);
        ActivityForm form = form("CALL", "Called about the samples");
        form.setContactId(contact);

        Activity activity = as("salesA2", () -> activities.create(customer, form));
        ActivityRow entry = as("salesA2", () -> activities.timeline(customer, null, 10)).entries().get(0);

        assertEquals(contact, as("salesA2", () -> activities.get(activity.getId())).getContactId());
        assertEquals(activity.getId(), entry.getId());
        assertEquals(contact, entry.getContactId());
        assertEquals("张伟 " + team.prefix, entry.getContactName());
    }

    @Test
    @DisplayName("Contact of another customer is rejected")
    void otherCustomersContactRejected() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-oc", "Other contact " + team.prefix);
        long ownOtherCustomer = team.addCustomer(dataSource, "salesA1", team.prefix + "-own", "Own " + team.prefix);
        long ownOtherCustomersContact = contact("salesA1", ownOtherCustomer, "Other customer's");
        long otherTeamsContact = contact("salesB1", team.customers.get("salesB1")[0], "Other team's");

        for (long contact : List.of(ownOtherCustomersContact, otherTeamsContact)) {
            ActivityForm form = form("CALL", "Wrong contact");
            form.setContactId(contact);
            InvalidActivityException e = as("salesA1", () -> assertThrows(InvalidActivityException.class,
                    () -> activities.create(customer, form)));
            assertEquals(List.of(ActivityError.CONTACT_INVALID),
                    e.getProblems().stream().map(problem -> problem.error()).toList(), "contact " + contact);
            assertEquals("contact", e.getProblems().get(0).field());
        }
        assertTrue(as("salesA1", () -> activities.timeline(customer, null, 10)).entries().isEmpty(),
                "nothing stored");

        ActivityForm right = form("CALL", "Right contact first");
        right.setContactId(contact("salesA1", customer, "Right one"));
        Activity activity = as("salesA1", () -> activities.create(customer, right));
        ActivityForm edit = ActivityForm.of(activity);
        edit.setContactId(otherTeamsContact);
        InvalidActivityException onUpdate = as("salesA1", () -> assertThrows(InvalidActivityException.class,
                () -> activities.update(activity.getId(), activity.getVersion(), edit)));
        assertTrue(onUpdate.has(ActivityError.CONTACT_INVALID), onUpdate.getMessage());
        assertEquals(right.getContactId(), as("salesA1", () -> activities.get(activity.getId())).getContactId(),
                "the stored contact is unchanged");
    }

    @Test
    @DisplayName("Contact in the recycle bin is rejected and unlisted")
    void binnedContactRejected() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-bc", "Binned contact " + team.prefix);
        long contact = contact("salesA1", customer, "Soon binned");
        ActivityForm form = form("VISIT", "Before the bin");
        form.setContactId(contact);
        Activity activity = as("salesA1", () -> activities.create(customer, form));

        as("salesA1", () -> contacts.delete(contact));

        ActivityForm again = form("VISIT", "After the bin");
        again.setContactId(contact);
        InvalidActivityException e = as("salesA1", () -> assertThrows(InvalidActivityException.class,
                () -> activities.create(customer, again)));
        assertTrue(e.has(ActivityError.CONTACT_INVALID), e.getMessage());
        ActivityRow entry = as("salesA1", () -> activities.timeline(customer, null, 10)).entries().get(0);
        assertEquals(activity.getId(), entry.getId());
        assertEquals(contact, entry.getContactId(), "the activity keeps the id");
        assertNull(entry.getContactName(), "a contact in the bin shows no name");

        ActivityForm cleared = ActivityForm.of(activity);
        cleared.setContactId(null);
        Activity saved = as("salesA1", () -> activities.update(activity.getId(), activity.getVersion(), cleared));
        assertNull(saved.getContactId(), "an edit can drop the binned contact");
    }

    @Test
    @DisplayName("Invalid fields are all rejected at once")
    void invalidFieldsRejected() throws Exception {
        long customer = team.customers.get("salesA1")[0];
        ActivityForm form = form("NO_SUCH_TYPE", " ");
        form.setTime(Instant.now().plus(Duration.ofHours(2)));
        form.setNextStepDate(CompanyCalendar.current().today().minusDays(30));

        InvalidActivityException e = as("salesA1", () -> assertThrows(InvalidActivityException.class,
                () -> activities.create(customer, form)));

        assertTrue(e.has(ActivityError.TYPE_UNKNOWN), e.getMessage());
        assertTrue(e.has(ActivityError.TIME_IN_FUTURE), e.getMessage());
        assertTrue(e.has(ActivityError.CONTENT_MISSING), e.getMessage());
        assertTrue(e.has(ActivityError.NEXT_STEP_DATE_BEFORE_ACTIVITY), e.getMessage());
        assertTrue(as("salesA1", () -> activities.timeline(customer, null, 100)).entries().stream()
                .noneMatch(row -> row.getType().equals("NO_SUCH_TYPE")), "nothing stored");
    }

    @Test
    @DisplayName("Stale edit is rejected, not saved")
    void staleEditRejected() throws Exception {
        long customer = team.customers.get("salesA2")[0];
        Activity activity = as("salesA2", () -> activities.create(customer, form("CALL", "First call")));
        int opened = activity.getVersion();

        as("managerA", () -> activities.update(activity.getId(), opened, form("CALL", "Corrected by manager")));
        as("salesA2", () -> assertThrows(StaleActivityException.class,
                () -> activities.update(activity.getId(), opened, form("CALL", "Overwritten"))));
        as("salesA2", () -> assertThrows(StaleActivityException.class,
                () -> activities.delete(activity.getId(), opened)));

        assertEquals("Corrected by manager", as("salesA2", () -> activities.get(activity.getId()).getContent()));
    }

    @Test
    @DisplayName("Timeline pages newest first without gaps")
    void timelinePages() throws Exception {
        long customer = team.addCustomer(dataSource, "salesB1", team.prefix + "-tl", team.prefix + " Timeline Ltd");
        Instant start = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            ActivityForm form = form("CALL", "Call " + i);
            // Three entries share one time, so the id decides their order.
            form.setTime(start.plus(Duration.ofHours(i < 3 ? 0 : i)));
            created.add(as("salesB1", () -> activities.create(customer, form)).getId());
        }

        TimelinePage first = as("salesB1", () -> activities.timeline(customer, null, 10));
        TimelinePage second = as("salesB1", () -> activities.timeline(customer, first.end(), 10));
        TimelinePage third = as("salesB1", () -> activities.timeline(customer, second.end(), 10));

        assertEquals(10, first.entries().size());
        assertTrue(first.more());
        assertEquals(10, second.entries().size());
        assertTrue(second.more());
        assertEquals(2, third.entries().size());
        assertFalse(third.more());
        List<Long> read = new ArrayList<>();
        for (TimelinePage page : List.of(first, second, third)) {
            page.entries().forEach(row -> read.add(row.getId()));
        }
        List<Long> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, read, "newest first, then the higher id first");
        assertEquals(22, new HashSet<>(read).size(), "no entry twice");
        ActivityRow newest = first.entries().get(0);
        assertEquals("Call 21", newest.getContent());
        assertEquals("salesB1 " + team.prefix, newest.getOwnerName());
    }

    @Test
    @DisplayName("Customer's activities go to the bin with it and come back")
    void goneWithCustomer() throws Exception {
        long customer = team.customers.get("salesA1")[1];
        Activity activity = as("salesA1", () -> activities.create(customer, form("EMAIL", "Sent the offer")));
        int customerVersion = as("salesA1", () -> customers.getVisible(customer).getVersion());

        as("salesA1", () -> customerEdits.delete(customer, customerVersion));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> activities.get(activity.getId())));
        as("boss", () -> assertThrows(RecordNotFoundException.class,
                () -> activities.timeline(customer, null, 10)));

        DeletedRecord entry = binEntry(BinRecordType.CUSTOMER, customer);
        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(List.of(activity.getId()), as("salesA1", () -> activities.timeline(customer, null, 10))
                .entries().stream().map(ActivityRow::getId).toList());
    }

    @Test
    @DisplayName("Deleted activity leaves the timeline until restored")
    void deleteAndRestore() throws Exception {
        long customer = team.customers.get("managerB")[0];
        Activity activity = as("managerB", () -> activities.create(customer, form("MEETING", "Quarterly review")));

        as("managerB", () -> activities.delete(activity.getId(), activity.getVersion()));

        assertTrue(as("managerB", () -> activities.timeline(customer, null, 10)).entries().isEmpty());
        DeletedRecord entry = binEntry(BinRecordType.ACTIVITY, activity.getId());
        assertEquals(customer, (long) entry.getCustomerId());
        assertTrue(entry.getLabel().startsWith("MEETING "), entry.getLabel());

        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(1, as("managerB", () -> activities.timeline(customer, null, 10)).entries().size());
    }

    @Test
    @DisplayName("Activity type in use cannot leave the dictionary")
    void typeInUse() throws Exception {
        String code = ("T" + team.prefix).toUpperCase();
        DictionaryOption used = as("boss", () -> dictionary.add(new NewOption(DictionaryList.ACTIVITY_TYPE, code,
                "测试类型", "Test type", 900)));
        DictionaryOption unused = as("boss", () -> dictionary.add(new NewOption(DictionaryList.ACTIVITY_TYPE,
                code + "_FREE", "未用类型", "Unused type", 910)));
        long customer = team.customers.get("salesDirect")[0];
        Activity activity = as("salesDirect", () -> activities.create(customer, form(code, "Used the new type")));
        as("salesDirect", () -> activities.delete(activity.getId(), activity.getVersion()));

        assertTrue(as("boss", () -> dictionary.isInUse(used)), "an activity in the bin still uses it");
        InvalidDictionaryOptionException e = as("boss", () -> assertThrows(InvalidDictionaryOptionException.class,
                () -> dictionary.delete(used.getId())));
        assertEquals(DictionaryError.OPTION_IN_USE, e.getError());
        assertFalse(as("boss", () -> dictionary.isInUse(unused)));
        as("boss", () -> dictionary.delete(unused.getId()));
    }

    @Test
    @DisplayName("Disabled type stays on old activities only")
    void disabledType() throws Exception {
        String code = ("D" + team.prefix).toUpperCase();
        DictionaryOption option = as("boss", () -> dictionary.add(new NewOption(DictionaryList.ACTIVITY_TYPE, code,
                "停用类型", "Retired type", 920)));
        long customer = team.customers.get("salesDirect")[1];
        Activity old = as("salesDirect", () -> activities.create(customer, form(code, "Before the change")));
        as("boss", () -> dictionary.disable(option.getId()));

        InvalidActivityException e = as("salesDirect", () -> assertThrows(InvalidActivityException.class,
                () -> activities.create(customer, form(code, "After the change"))));
        assertTrue(e.has(ActivityError.TYPE_UNKNOWN));
        Activity edited = as("salesDirect", () -> activities.update(old.getId(), old.getVersion(),
                form(code, "Edited after the change")));
        assertEquals(code, edited.getType());
    }

    @Test
    @DisplayName("Next step date on the activity's day passes")
    void nextStepSameDay() throws Exception {
        long customer = team.customers.get("salesB1")[0];
        ActivityForm form = form("CALL", "Agreed to call again later today");
        LocalDate today = CompanyCalendar.current().today();
        form.setNextStepDate(today);

        Activity activity = as("salesB1", () -> activities.create(customer, form));

        assertEquals(today, activity.getNextStepDate());
    }

    private DeletedRecord binEntry(BinRecordType type, long recordId) throws Exception {
        return as("boss", () -> bin.findPage(0, 200)).stream()
                .filter(record -> record.getRecordType() == type && record.getRecordId() == recordId)
                .findFirst().orElseThrow();
    }

    /** Adds a contact to the customer as the given account and returns its id. */
    private long contact(String role, long customerId, String name) throws Exception {
        ContactForm form = new ContactForm();
        form.setName(name);
        return as(role, () -> contacts.create(customerId, form)).getId();
    }

    private static ActivityForm form(String type, String content) {
        ActivityForm form = new ActivityForm();
        form.setType(type);
        form.setTime(Instant.now().minus(Duration.ofMinutes(10)));
        form.setContent(content);
        return form;
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
