package org.xtoolscrm.it.schedule;

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
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.xtoolscrm.account.NewAccount;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contact.ContactForm;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerTransferService;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.dictionary.InvalidDictionaryOptionException;
import org.xtoolscrm.dictionary.NewOption;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.schedule.CalendarOwners;
import org.xtoolscrm.schedule.CalendarRange;
import org.xtoolscrm.schedule.InvalidScheduleException;
import org.xtoolscrm.schedule.Schedule;
import org.xtoolscrm.schedule.ScheduleError;
import org.xtoolscrm.schedule.ScheduleForm;
import org.xtoolscrm.schedule.SchedulePage;
import org.xtoolscrm.schedule.ScheduleProblem;
import org.xtoolscrm.schedule.ScheduleRow;
import org.xtoolscrm.schedule.ScheduleService;
import org.xtoolscrm.schedule.ScheduleSettings;
import org.xtoolscrm.schedule.StaleScheduleException;

/**
 * The schedule service in the container, on MariaDB. Each test works in its own
 * stretch of time in the 2040s, so the calendars of one test never show another's
 * schedules.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Schedule service")
class ScheduleServiceTest {

    private static final Instant EPOCH = Instant.parse("2040-01-05T00:00:00Z");
    private static final AtomicInteger WINDOWS = new AtomicInteger();
    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ScheduleServiceTest.class);
    }

    @EJB
    private ScheduleService schedules;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService customerEdits;

    @EJB
    private RecycleBinService bin;

    @EJB
    private DictionaryService dictionary;

    @EJB
    private CustomerTransferService transfers;

    @EJB
    private ContactService contacts;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("sv" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Invalid fields are all reported together")
    void validationReportsEveryProblem() throws Exception {
        Instant start = window();
        ScheduleForm form = form(" ", start, Duration.ofHours(1));
        form.setEnd(start.minusSeconds(60));
        form.setReminderMinutes(-5);

        InvalidScheduleException e = as("salesA1", () -> assertThrows(InvalidScheduleException.class,
                () -> schedules.create(form)));

        assertEquals(List.of(new ScheduleProblem(ScheduleError.SUBJECT_MISSING),
                new ScheduleProblem(ScheduleError.END_NOT_AFTER_START),
                new ScheduleProblem(ScheduleError.REMINDER_OUT_OF_RANGE, 0, 7 * 24 * 60)), e.getProblems());
    }

    @Test
    @DisplayName("Type must be an enabled schedule type option")
    void typeMustBeEnabledOption() throws Exception {
        String code = "T" + team.prefix.toUpperCase();
        DictionaryOption option = as("boss", () -> dictionary.add(new NewOption(DictionaryList.SCHEDULE_TYPE, code,
                "测试", "Test", 900)));
        Instant start = window();

        ScheduleForm unknown = form("Unknown type", start, Duration.ofHours(1));
        unknown.setType("NO_SUCH_TYPE");
        InvalidScheduleException e = as("salesA1", () -> assertThrows(InvalidScheduleException.class,
                () -> schedules.create(unknown)));
        assertEquals(List.of(new ScheduleProblem(ScheduleError.TYPE_UNKNOWN, "NO_SUCH_TYPE")), e.getProblems());

        ScheduleForm custom = form("Custom type", start, Duration.ofHours(1));
        custom.setType(code);
        Schedule created = as("salesA1", () -> schedules.create(custom));
        assertEquals(code, created.getType());

        as("boss", () -> dictionary.disable(option.getId()));
        ScheduleForm again = form("Disabled type", start, Duration.ofHours(1));
        again.setType(code);
        as("salesA1", () -> assertThrows(InvalidScheduleException.class, () -> schedules.create(again)));

        // The existing schedule keeps its disabled type when edited.
        ScheduleForm edit = ScheduleForm.of(created);
        edit.setSubject("Custom type, edited");
        Schedule edited = as("salesA1", () -> schedules.update(created.getId(), created.getVersion(), edit));
        assertEquals(code, edited.getType());
    }

    @Test
    @DisplayName("Schedule type option in use cannot be deleted")
    void typeInUseKept() throws Exception {
        String code = "U" + team.prefix.toUpperCase();
        DictionaryOption option = as("boss", () -> dictionary.add(new NewOption(DictionaryList.SCHEDULE_TYPE, code,
                "在用", "In use", 910)));
        assertFalse(as("boss", () -> dictionary.isInUse(option)));

        ScheduleForm form = form("Uses the option", window(), Duration.ofHours(1));
        form.setType(code);
        Schedule created = as("salesA1", () -> schedules.create(form));
        assertTrue(as("boss", () -> dictionary.isInUse(option)));
        as("boss", () -> assertThrows(InvalidDictionaryOptionException.class, () -> dictionary.delete(option.getId())));

        // A schedule in the recycle bin may come back, so its type stays in use.
        as("salesA1", () -> schedules.delete(created.getId(), created.getVersion()));
        assertTrue(as("boss", () -> dictionary.isInUse(option)));
    }

    @Test
    @DisplayName("New schedule belongs to the caller, with its change log")
    void createDefaultsToCaller() throws Exception {
        Instant start = window();
        long customer = team.customers.get("salesA1")[0];
        long contact = contact("salesA1", customer, "王芳");
        ScheduleForm form = form("  拜访 " + team.prefix + "  ", start, Duration.ofMinutes(90));
        form.setCustomerId(customer);
        form.setContactId(contact);
        form.setPlace("上海浦东");

        Schedule created = as("salesA1", () -> schedules.create(form));
        Schedule loaded = as("salesA1", () -> schedules.getVisible(created.getId()));
        List<ChangeEntry> history = as("salesA1", () -> schedules.history(created.getId()));

        assertEquals(team.users.get("salesA1").getId(), loaded.getOwner().getId());
        assertEquals("拜访 " + team.prefix, loaded.getSubject());
        assertEquals(customer, loaded.getCustomerId());
        assertEquals(contact, loaded.getContactId());
        assertEquals(start, loaded.getStartAt());
        assertEquals(start.plus(Duration.ofMinutes(90)), loaded.getEndAt());
        assertEquals(start.minus(Duration.ofMinutes(15)), loaded.getRemindAt());
        assertFalse(loaded.isDone());
        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE));
        assertTrue(history.stream().anyMatch(entry -> "subject".equals(entry.getFieldName())));
    }

    @Test
    @DisplayName("Contact is stored and listed with its name")
    void contactListedWithName() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA2", team.prefix + "-ct", "Contact list " + team.prefix);
        long contact = contact("salesA2", customer, "李雷 " + team.prefix);
        Instant start = window();
        ScheduleForm form = form("Meet Li Lei", start, Duration.ofHours(1));
        form.setCustomerId(customer);
        form.setContactId(contact);

        Schedule created = as("salesA2", () -> schedules.create(form));
        ScheduleRow onTab = as("salesA2", () -> schedules.findForCustomer(customer, 0, 10)).get(0);
        ScheduleRow onCalendar = as("salesA2", () -> schedules.findInRange(CalendarOwners.self(),
                new CalendarRange(start, start.plus(Duration.ofHours(1))), 0, 10)).rows().get(0);

        assertEquals(contact, as("salesA2", () -> schedules.getVisible(created.getId())).getContactId());
        assertEquals(created.getId(), onTab.getId());
        assertEquals(contact, onTab.getContactId());
        assertEquals("李雷 " + team.prefix, onTab.getContactName());
        assertEquals("李雷 " + team.prefix, onCalendar.getContactName());
        assertTrue(as("salesA2", () -> schedules.history(created.getId())).stream()
                .anyMatch(entry -> "contactId".equals(entry.getFieldName())
                        && String.valueOf(contact).equals(entry.getNewValue())));
    }

    @Test
    @DisplayName("Contact of another customer is rejected")
    void otherCustomersContactRejected() throws Exception {
        long customer = team.customers.get("salesA1")[0];
        long ownOtherCustomer = team.addCustomer(dataSource, "salesA1", team.prefix + "-own", "Own " + team.prefix);
        long ownOtherCustomersContact = contact("salesA1", ownOtherCustomer, "Other customer's");
        long otherTeamsContact = contact("salesB1", team.customers.get("salesB1")[0], "Other team's");
        String subject = "Wrong contact " + team.prefix;

        for (long contact : List.of(ownOtherCustomersContact, otherTeamsContact)) {
            ScheduleForm form = form(subject, window(), Duration.ofHours(1));
            form.setCustomerId(customer);
            form.setContactId(contact);
            InvalidScheduleException e = as("salesA1", () -> assertThrows(InvalidScheduleException.class,
                    () -> schedules.create(form)));
            assertEquals(List.of(new ScheduleProblem(ScheduleError.CONTACT_INVALID)), e.getProblems(),
                    "contact " + contact);
        }
        assertFalse(as("salesA1", () -> schedules.findForCustomer(customer, 0, 100)).stream()
                .anyMatch(row -> row.getSubject().equals(subject)), "nothing stored");

        ScheduleForm right = form("Right contact first", window(), Duration.ofHours(1));
        right.setCustomerId(customer);
        right.setContactId(contact("salesA1", customer, "Right one"));
        Schedule created = as("salesA1", () -> schedules.create(right));
        ScheduleForm edit = ScheduleForm.of(created);
        edit.setContactId(otherTeamsContact);
        InvalidScheduleException onUpdate = as("salesA1", () -> assertThrows(InvalidScheduleException.class,
                () -> schedules.update(created.getId(), created.getVersion(), edit)));
        assertEquals(ScheduleError.CONTACT_INVALID, onUpdate.getProblems().get(0).error());
        assertEquals(created.getContactId(), as("salesA1", () -> schedules.getVisible(created.getId()))
                .getContactId(), "the stored contact is unchanged");
    }

    @Test
    @DisplayName("Contact without a customer is rejected")
    void contactWithoutCustomerRejected() throws Exception {
        long contact = contact("salesA1", team.customers.get("salesA1")[0], "No customer");
        ScheduleForm form = form("Contact only", window(), Duration.ofHours(1));
        form.setContactId(contact);

        InvalidScheduleException e = as("salesA1", () -> assertThrows(InvalidScheduleException.class,
                () -> schedules.create(form)));

        assertEquals(List.of(new ScheduleProblem(ScheduleError.CONTACT_INVALID)), e.getProblems());
    }

    @Test
    @DisplayName("Contact in the recycle bin is rejected and unlisted")
    void binnedContactRejected() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-bc", "Binned contact " + team.prefix);
        long contact = contact("salesA1", customer, "Soon binned");
        ScheduleForm form = form("Before the bin", window(), Duration.ofHours(1));
        form.setCustomerId(customer);
        form.setContactId(contact);
        Schedule created = as("salesA1", () -> schedules.create(form));

        as("salesA1", () -> contacts.delete(contact));

        ScheduleForm again = form("After the bin", window(), Duration.ofHours(1));
        again.setCustomerId(customer);
        again.setContactId(contact);
        InvalidScheduleException e = as("salesA1", () -> assertThrows(InvalidScheduleException.class,
                () -> schedules.create(again)));
        assertEquals(List.of(new ScheduleProblem(ScheduleError.CONTACT_INVALID)), e.getProblems());
        ScheduleRow row = as("salesA1", () -> schedules.findForCustomer(customer, 0, 10)).get(0);
        assertEquals(created.getId(), row.getId());
        assertEquals(contact, row.getContactId(), "the schedule keeps the id");
        assertNull(row.getContactName(), "a contact in the bin shows no name");

        ScheduleForm cleared = ScheduleForm.of(created);
        cleared.setContactId(null);
        Schedule saved = as("salesA1", () -> schedules.update(created.getId(), created.getVersion(), cleared));
        assertNull(saved.getContactId(), "an edit can drop the binned contact");
    }

    @Test
    @DisplayName("Default reminder comes from the setting")
    void defaultReminder() throws Exception {
        assertEquals(ScheduleSettings.current().defaultReminderMinutes(), as("salesA1",
                () -> schedules.defaultReminderMinutes()));
    }

    @Test
    @DisplayName("Manager creates for a subordinate but not for another team")
    void managerOwnerChoice() throws Exception {
        Instant start = window();
        ScheduleForm forSubordinate = form("For salesA1", start, Duration.ofHours(1));
        forSubordinate.setOwnerId(team.users.get("salesA1").getId());
        forSubordinate.setCustomerId(team.customers.get("salesA1")[0]);
        Schedule created = as("managerA", () -> schedules.create(forSubordinate));
        assertEquals(team.users.get("salesA1").getId(), created.getOwner().getId());

        ScheduleForm forOtherTeam = form("For salesB1", start, Duration.ofHours(1));
        forOtherTeam.setOwnerId(team.users.get("salesB1").getId());
        InvalidScheduleException e = as("managerA", () -> assertThrows(InvalidScheduleException.class,
                () -> schedules.create(forOtherTeam)));
        assertEquals(ScheduleError.OWNER_NOT_ALLOWED, e.getProblems().get(0).error());

        ScheduleForm forColleague = form("For salesA2", start, Duration.ofHours(1));
        forColleague.setOwnerId(team.users.get("salesA2").getId());
        as("salesA1", () -> assertThrows(InvalidScheduleException.class, () -> schedules.create(forColleague)));
    }

    @Test
    @DisplayName("Owner must be able to see the schedule's customer")
    void ownerMustSeeCustomer() throws Exception {
        ScheduleForm form = form("salesA2 on salesA1's customer", window(), Duration.ofHours(1));
        form.setOwnerId(team.users.get("salesA2").getId());
        form.setCustomerId(team.customers.get("salesA1")[0]);

        InvalidScheduleException e = as("managerA", () -> assertThrows(InvalidScheduleException.class,
                () -> schedules.create(form)));

        assertEquals(List.of(new ScheduleProblem(ScheduleError.OWNER_CANNOT_SEE_CUSTOMER,
                team.users.get("salesA2").getDisplayName())), e.getProblems());
    }

    @Test
    @DisplayName("Stale edit is rejected and changes nothing")
    void staleEditRejected() throws Exception {
        Schedule created = as("salesA1", () -> schedules.create(form("Original", window(), Duration.ofHours(1))));
        int opened = created.getVersion();

        ScheduleForm first = ScheduleForm.of(created);
        first.setSubject("First save");
        as("managerA", () -> schedules.update(created.getId(), opened, first));

        ScheduleForm second = ScheduleForm.of(created);
        second.setSubject("Second save");
        as("salesA1", () -> assertThrows(StaleScheduleException.class,
                () -> schedules.update(created.getId(), opened, second)));
        as("salesA1", () -> assertThrows(StaleScheduleException.class,
                () -> schedules.setDone(created.getId(), opened, true)));
        as("salesA1", () -> assertThrows(StaleScheduleException.class,
                () -> schedules.delete(created.getId(), opened)));

        Schedule now = as("salesA1", () -> schedules.getVisible(created.getId()));
        assertEquals("First save", now.getSubject());
        assertFalse(now.isDone());
    }

    @Test
    @DisplayName("Done and not done again, logged each time")
    void markDone() throws Exception {
        Instant start = Instant.now().plus(Duration.ofMinutes(5));
        Schedule created = as("salesA1", () -> schedules.create(form("Call back " + team.prefix, start,
                Duration.ofHours(1))));
        assertTrue(dueNow("salesA1").contains(created.getId()), "reminder of 15 minutes is due 5 minutes ahead");

        Schedule done = as("salesA1", () -> schedules.setDone(created.getId(), created.getVersion(), true));
        assertTrue(done.isDone());
        assertFalse(dueNow("salesA1").contains(created.getId()), "a done schedule does not remind");

        Schedule undone = as("salesA1", () -> schedules.setDone(created.getId(), done.getVersion(), false));
        assertFalse(undone.isDone());
        assertTrue(dueNow("salesA1").contains(created.getId()));

        List<ChangeEntry> doneChanges = as("salesA1", () -> schedules.history(created.getId())).stream()
                .filter(entry -> entry.getAction() == ChangeAction.UPDATE && "done".equals(entry.getFieldName()))
                .toList();
        assertEquals(2, doneChanges.size());
    }

    @Test
    @DisplayName("Range query reads own, one member's or the team's calendar")
    void rangeForSelfMemberAndTeam() throws Exception {
        Instant start = window();
        CalendarRange day = new CalendarRange(start.minus(Duration.ofHours(2)), start.plus(Duration.ofHours(22)));
        long mine = createFor("managerA", "managerA", "Manager's own", start);
        long a1 = createFor("salesA1", "salesA1", "salesA1's", start.plus(Duration.ofHours(1)));
        long a2 = createFor("salesA2", "salesA2", "salesA2's", start.plus(Duration.ofHours(2)));
        long b1 = createFor("salesB1", "salesB1", "salesB1's", start.plus(Duration.ofHours(3)));

        assertEquals(List.of(mine), ids(as("managerA", () -> schedules.findInRange(CalendarOwners.self(), day, 0,
                100))));
        assertEquals(List.of(a1), ids(as("managerA", () -> schedules.findInRange(
                CalendarOwners.user(team.users.get("salesA1").getId()), day, 0, 100))));
        assertEquals(List.of(mine, a1, a2), ids(as("managerA", () -> schedules.findInRange(CalendarOwners.team(),
                day, 0, 100))), "team by start");
        assertEquals(List.of(a1), ids(as("salesA1", () -> schedules.findInRange(CalendarOwners.team(), day, 0,
                100))), "a salesperson's team is themselves");
        assertTrue(ids(as("boss", () -> schedules.findInRange(CalendarOwners.team(), day, 0, 100)))
                .containsAll(List.of(mine, a1, a2, b1)), "a Boss's team is everyone");

        as("managerA", () -> assertThrows(RecordNotFoundException.class, () -> schedules.findInRange(
                CalendarOwners.user(team.users.get("salesB1").getId()), day, 0, 100)));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> schedules.findInRange(
                CalendarOwners.user(team.users.get("salesA2").getId()), day, 0, 100)));
    }

    @Test
    @DisplayName("Range query includes overlaps and excludes touching schedules")
    void rangeBoundaries() throws Exception {
        Instant from = window();
        Instant to = from.plus(Duration.ofDays(1));
        CalendarRange range = new CalendarRange(from, to);
        long endsAtStart = createFor("salesA2", "salesA2", "Ends at the range start", from.minusSeconds(3600));
        long startsAtEnd = createFor("salesA2", "salesA2", "Starts at the range end", to);
        long overlapsStart = createFor("salesA2", "salesA2", "Overlaps the start", from.minusSeconds(1800));
        long inside = createFor("salesA2", "salesA2", "Inside", from.plusSeconds(7200));
        ScheduleForm longOne = form("Began 20 days before", from.minus(Duration.ofDays(20)), Duration.ofDays(25));
        long multiDay = as("salesA2", () -> schedules.create(longOne)).getId();

        List<Long> found = ids(as("salesA2", () -> schedules.findInRange(CalendarOwners.self(), range, 0, 100)));

        assertEquals(List.of(multiDay, overlapsStart, inside), found);
        assertFalse(found.contains(endsAtStart));
        assertFalse(found.contains(startsAtEnd));
    }

    @Test
    @DisplayName("Range query pages in SQL and counts every match")
    void rangePaged() throws Exception {
        Instant start = window();
        CalendarRange range = new CalendarRange(start, start.plus(Duration.ofDays(1)));
        for (int hour = 0; hour < 5; hour++) {
            createFor("salesDirect", "salesDirect", "Slot " + hour, start.plus(Duration.ofHours(hour)));
        }

        SchedulePage first = as("salesDirect", () -> schedules.findInRange(CalendarOwners.self(), range, 0, 3));
        SchedulePage second = as("salesDirect", () -> schedules.findInRange(CalendarOwners.self(), range, 3, 3));

        assertEquals(5, first.total());
        assertEquals(3, first.rows().size());
        assertTrue(first.isCapped());
        assertEquals(List.of("Slot 0", "Slot 1", "Slot 2"), subjects(first.rows()));
        assertEquals(List.of("Slot 3", "Slot 4"), subjects(second.rows()));
    }

    @Test
    @DisplayName("Reminder due across a time-zone boundary, by instant")
    void reminderAcrossTimeZoneBoundary() throws Exception {
        // 00:10 on a day in Shanghai is 16:10 UTC the day before, so the reminder opens on
        // one calendar date in the company's zone and another in UTC.
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.ofInstant(window(), shanghai).plusDays(1);
        Instant start = day.atTime(0, 10).atZone(shanghai).toInstant();
        ScheduleForm form = form("Midnight call " + team.prefix, start, Duration.ofMinutes(60));
        form.setReminderMinutes(30);
        long id = as("salesA1", () -> schedules.create(form)).getId();
        Instant opens = start.minus(Duration.ofMinutes(30));

        assertEquals(day.minusDays(1), LocalDate.ofInstant(opens, ZoneId.of("UTC")));
        assertFalse(dueAt("salesA1", opens.minusSeconds(1)).contains(id), "just before the reminder time");
        assertTrue(dueAt("salesA1", opens).contains(id), "at the reminder time");
        assertTrue(dueAt("salesA1", start.plus(Duration.ofMinutes(59))).contains(id), "while it runs");
        assertFalse(dueAt("salesA1", start.plus(Duration.ofMinutes(60))).contains(id), "at its end");
        assertFalse(dueAt("managerA", opens).contains(id), "only the owner is reminded");
    }

    @Test
    @DisplayName("Longest reminder of the longest schedule shows to its end")
    void longestReminderWindow() throws Exception {
        // 31 days with a reminder one week ahead: the reminder shows for 38 days, the
        // longest span the reminder query looks back over.
        Instant start = window().plus(Duration.ofDays(8));
        ScheduleForm form = form("Trade fair season " + team.prefix, start, Duration.ofDays(31));
        form.setReminderMinutes(7 * 24 * 60);
        long id = as("salesA1", () -> schedules.create(form)).getId();
        Instant end = start.plus(Duration.ofDays(31));

        assertTrue(dueAt("salesA1", start.minus(Duration.ofDays(7))).contains(id), "a week before the start");
        assertTrue(dueAt("salesA1", end.minusSeconds(1)).contains(id), "38 days after the reminder time");
        assertFalse(dueAt("salesA1", end).contains(id), "at its end");
    }

    @Test
    @DisplayName("Dismissed reminder stays away until the start moves")
    void dismissReminder() throws Exception {
        Instant start = window();
        Schedule created = as("salesA1", () -> schedules.create(form("Dismiss me", start, Duration.ofHours(1))));
        Instant during = start.minus(Duration.ofMinutes(5));
        assertTrue(dueAt("salesA1", during).contains(created.getId()));

        as("managerA", () -> assertThrows(RecordNotFoundException.class,
                () -> schedules.dismissReminder(created.getId())));
        as("salesA1", () -> schedules.dismissReminder(created.getId()));

        assertFalse(dueAt("salesA1", during).contains(created.getId()));
        Schedule dismissed = as("salesA1", () -> schedules.getVisible(created.getId()));
        assertEquals(created.getVersion(), dismissed.getVersion(), "dismissing is not an edit");

        ScheduleForm moved = ScheduleForm.of(dismissed);
        moved.setStart(start.plus(Duration.ofHours(1)));
        moved.setEnd(start.plus(Duration.ofHours(2)));
        as("salesA1", () -> schedules.update(created.getId(), dismissed.getVersion(), moved));
        assertTrue(dueAt("salesA1", start.plus(Duration.ofMinutes(55))).contains(created.getId()),
                "a moved schedule reminds again");
    }

    @Test
    @DisplayName("Schedule without a reminder never reminds")
    void noReminder() throws Exception {
        Instant start = window();
        ScheduleForm form = form("Quiet", start, Duration.ofHours(1));
        form.setReminderMinutes(null);
        Schedule created = as("salesA1", () -> schedules.create(form));

        assertNull(created.getRemindAt());
        assertFalse(dueAt("salesA1", start.plusSeconds(60)).contains(created.getId()));
    }

    @Test
    @DisplayName("All-day schedule spans whole days in the company zone")
    void allDayWholeDays() throws Exception {
        ZoneId zone = CompanyCalendar.current().zone();
        LocalDate day = LocalDate.ofInstant(window(), zone);
        ScheduleForm form = form("Trade fair", day.atTime(9, 30).atZone(zone).toInstant(), Duration.ofHours(1));
        form.setAllDay(true);
        form.setEnd(day.plusDays(1).atTime(17, 0).atZone(zone).toInstant());

        Schedule created = as("salesA1", () -> schedules.create(form));

        assertEquals(day.atStartOfDay(zone).toInstant(), created.getStartAt());
        assertEquals(day.plusDays(2).atStartOfDay(zone).toInstant(), created.getEndAt());
        assertTrue(created.isAllDay());
    }

    @Test
    @DisplayName("Customer list shows upcoming first, then past, paged")
    void customerListOrder() throws Exception {
        long customer = team.addCustomer(dataSource, "salesB1", team.prefix + "-order", "Order " + team.prefix);
        Instant now = Instant.now();
        long pastOld = createOn("salesB1", customer, "Past old", now.minus(Duration.ofDays(10)));
        long pastRecent = createOn("salesB1", customer, "Past recent", now.minus(Duration.ofDays(2)));
        long running = createOn("salesB1", customer, "Running", now.minus(Duration.ofMinutes(30)));
        long soon = createOn("salesB1", customer, "Soon", now.plus(Duration.ofDays(1)));
        long later = createOn("salesB1", customer, "Later", now.plus(Duration.ofDays(5)));

        List<Long> all = as("salesB1", () -> schedules.findForCustomer(customer, 0, 10)).stream()
                .map(ScheduleRow::getId).toList();
        List<Long> secondPage = as("salesB1", () -> schedules.findForCustomer(customer, 2, 2)).stream()
                .map(ScheduleRow::getId).toList();

        assertEquals(List.of(running, soon, later, pastRecent, pastOld), all);
        assertEquals(List.of(later, pastRecent), secondPage, "a page across the upcoming and past lists");
        assertEquals(5L, as("salesB1", () -> schedules.countForCustomer(customer)));
    }

    @Test
    @DisplayName("Schedules leave with their customer and come back on restore")
    void goneWithCustomer() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA2", team.prefix + "-bin", "Bin " + team.prefix);
        Instant start = window();
        long id = createOn("salesA2", customer, "Goes to the bin", start);
        CalendarRange day = new CalendarRange(start.minusSeconds(3600), start.plus(Duration.ofDays(1)));

        int version = as("salesA2", () -> customers.getVisible(customer).getVersion());
        as("salesA2", () -> customerEdits.delete(customer, version));

        as("salesA2", () -> assertThrows(RecordNotFoundException.class, () -> schedules.getVisible(id)));
        assertFalse(ids(as("salesA2", () -> schedules.findInRange(CalendarOwners.self(), day, 0, 100))).contains(id));
        assertFalse(dueAt("salesA2", start.minusSeconds(60)).contains(id));

        DeletedRecord entry = as("boss", () -> bin.findPage(0, 200)).stream()
                .filter(record -> record.getRecordType() == BinRecordType.CUSTOMER && record.getRecordId() == customer)
                .findFirst().orElseThrow();
        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(id, (long) as("salesA2", () -> schedules.getVisible(id).getId()));
        assertTrue(ids(as("salesA2", () -> schedules.findInRange(CalendarOwners.self(), day, 0, 100))).contains(id));
        assertTrue(dueAt("salesA2", start.minusSeconds(60)).contains(id));
    }

    @Test
    @DisplayName("Deleted schedule goes to the bin on its own and comes back")
    void deleteAndRestore() throws Exception {
        long customer = team.customers.get("salesA1")[1];
        Instant start = window();
        Schedule created = as("salesA1", () -> {
            ScheduleForm form = form("Delete me " + team.prefix, start, Duration.ofHours(1));
            form.setCustomerId(customer);
            return schedules.create(form);
        });

        as("salesA1", () -> schedules.delete(created.getId(), created.getVersion()));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> schedules.getVisible(created.getId())));
        assertFalse(as("salesA1", () -> schedules.findForCustomer(customer, 0, 100)).stream()
                .anyMatch(row -> row.getId().equals(created.getId())));
        DeletedRecord entry = as("boss", () -> bin.findPage(0, 200)).stream()
                .filter(record -> record.getRecordType() == BinRecordType.SCHEDULE
                        && record.getRecordId() == created.getId())
                .findFirst().orElseThrow();
        assertEquals("Delete me " + team.prefix, entry.getLabel());
        assertEquals(customer, entry.getCustomerId());

        as("boss", () -> bin.restore(entry.getId()));

        Schedule restored = as("salesA1", () -> schedules.getVisible(created.getId()));
        Set<ChangeAction> actions = as("salesA1", () -> schedules.history(created.getId())).stream()
                .map(ChangeEntry::getAction).collect(Collectors.toSet());
        assertEquals(created.getSubject(), restored.getSubject());
        assertTrue(actions.containsAll(Set.of(ChangeAction.CREATE, ChangeAction.DELETE, ChangeAction.RESTORE)),
                actions.toString());
    }

    @Test
    @DisplayName("Transfer moves the previous owner's coming schedules")
    void transferMovesComingSchedules() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-tr", "Transfer " + team.prefix);
        Instant now = Instant.now();
        long coming = createOn("salesA1", customer, "Coming visit", now.plus(Duration.ofDays(2)));
        long running = createOn("salesA1", customer, "Running call", now.minus(Duration.ofMinutes(10)));
        long past = createOn("salesA1", customer, "Past visit", now.minus(Duration.ofDays(2)));
        long done = createOn("salesA1", customer, "Done early", now.plus(Duration.ofDays(3)));
        int doneVersion = as("salesA1", () -> schedules.getVisible(done).getVersion());
        as("salesA1", () -> schedules.setDone(done, doneVersion, true));
        long managers = createOn("managerA", customer, "Manager's own visit", now.plus(Duration.ofDays(2)));
        int comingVersion = as("salesA1", () -> schedules.getVisible(coming).getVersion());
        long salesA1 = team.users.get("salesA1").getId();
        long salesA2 = team.users.get("salesA2").getId();

        as("managerA", () -> transfers.transfer(customer, salesA2));

        assertEquals(salesA2, ownerOf(coming), "coming");
        assertEquals(salesA2, ownerOf(running), "running");
        assertEquals(salesA1, ownerOf(past), "past stays");
        assertEquals(salesA1, ownerOf(done), "done stays");
        assertEquals(team.users.get("managerA").getId(), ownerOf(managers), "a colleague's stays");
        assertTrue(as("boss", () -> schedules.getVisible(coming).getVersion()) > comingVersion, "new version");
        assertTrue(as("salesA2", () -> schedules.history(coming)).stream()
                .anyMatch(entry -> entry.getAction() == ChangeAction.TRANSFER
                        && team.login("salesA1").equals(entry.getOldValue())
                        && team.login("salesA2").equals(entry.getNewValue())));
        assertTrue(dueAt("salesA2", now.minus(Duration.ofMinutes(5))).contains(running), "reminds the new owner");
    }

    @Test
    @DisplayName("Hand-over moves coming schedules on the handed customers")
    void handOverMovesComingSchedules() throws Exception {
        long managerB = team.users.get("managerB").getId();
        Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> {
            for (String key : List.of("leaver", "heir")) {
                team.users.put(key, accounts.create(new NewAccount((team.prefix + "-" + key).toLowerCase(),
                        key + " " + team.prefix, Role.SALES, managerB, TestTeam.PASSWORD, null, null)));
            }
        });
        long customer = team.addCustomer(dataSource, "leaver", team.prefix + "-ho", "Hand-over " + team.prefix);
        Instant now = Instant.now();
        long onCustomer = createOn("leaver", customer, "Coming on the customer", now.plus(Duration.ofDays(1)));
        long without = as("leaver", () -> schedules.create(form("Without customer", now.plus(Duration.ofDays(1)),
                Duration.ofHours(1)))).getId();
        long past = createOn("leaver", customer, "Past on the customer", now.minus(Duration.ofDays(1)));

        as("boss", () -> transfers.handOver(team.users.get("leaver").getId(), team.users.get("heir").getId()));

        assertEquals(team.users.get("heir").getId(), ownerOf(onCustomer));
        assertEquals(team.users.get("leaver").getId(), ownerOf(without), "without customer stays");
        assertEquals(team.users.get("leaver").getId(), ownerOf(past), "past stays");
    }

    /** Returns the start of a stretch of 40 days that no other test of this class uses. */
    private static Instant window() {
        return EPOCH.plus(Duration.ofDays(40L * WINDOWS.incrementAndGet())).plus(Duration.ofHours(9));
    }

    private static ScheduleForm form(String subject, Instant start, Duration length) {
        ScheduleForm form = new ScheduleForm();
        form.setSubject(subject);
        form.setType("VISIT");
        form.setStart(start);
        form.setEnd(start.plus(length));
        form.setReminderMinutes(15);
        return form;
    }

    private long createFor(String role, String ownerKey, String subject, Instant start) throws Exception {
        ScheduleForm form = form(subject, start, Duration.ofHours(1));
        form.setOwnerId(team.users.get(ownerKey).getId());
        return as(role, () -> schedules.create(form)).getId();
    }

    private long createOn(String role, long customerId, String subject, Instant start) throws Exception {
        ScheduleForm form = form(subject, start, Duration.ofHours(1));
        form.setCustomerId(customerId);
        return as(role, () -> schedules.create(form)).getId();
    }

    /** Adds a contact to the customer as the given account and returns its id. */
    private long contact(String role, long customerId, String name) throws Exception {
        ContactForm form = new ContactForm();
        form.setName(name);
        return as(role, () -> contacts.create(customerId, form)).getId();
    }

    private long ownerOf(long scheduleId) throws Exception {
        return as("boss", () -> schedules.getVisible(scheduleId).getOwner().getId());
    }

    private List<Long> dueAt(String role, Instant moment) throws Exception {
        return as(role, () -> schedules.remindersDueAt(moment)).stream().map(ScheduleRow::getId).toList();
    }

    private List<Long> dueNow(String role) throws Exception {
        return as(role, () -> schedules.remindersDue()).stream().map(ScheduleRow::getId).toList();
    }

    private static List<Long> ids(SchedulePage page) {
        return page.rows().stream().map(ScheduleRow::getId).toList();
    }

    private static List<String> subjects(List<ScheduleRow> rows) {
        return rows.stream().map(ScheduleRow::getSubject).toList();
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
