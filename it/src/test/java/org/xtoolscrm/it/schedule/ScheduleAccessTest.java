package org.xtoolscrm.it.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.schedule.CalendarOwners;
import org.xtoolscrm.schedule.CalendarRange;
import org.xtoolscrm.schedule.Schedule;
import org.xtoolscrm.schedule.ScheduleForm;
import org.xtoolscrm.schedule.ScheduleRow;
import org.xtoolscrm.schedule.ScheduleService;

/**
 * Who reaches a schedule of salesA1 on salesA1's customer, which is shared with salesB1
 * of the other team, through each way in: the customer's list, the calendars, by id
 * (read, history, edit, done, delete), creating on the customer, and the reminders.
 * Every mutating case works on a fresh schedule of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Schedule access matrix")
class ScheduleAccessTest {

    private static final List<String> ROLES = List.of("boss", "managerA", "managerB", "salesA1", "salesA2",
            "salesB1", "salesDirect");

    /** Whether each role sees the schedule and may change it: owner in scope, or the customer visible. */
    private static final Map<String, Boolean> READS = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", true,
            "salesDirect", false);

    /** Whether the schedule's owner is in each role's scope, which puts it on their calendars. */
    private static final Map<String, Boolean> CALENDAR = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", false,
            "salesDirect", false);

    private static final Instant EPOCH = Instant.parse("2046-01-01T01:00:00Z");
    private static final AtomicInteger WINDOWS = new AtomicInteger();
    private static TestTeam team;
    private static long customerId;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ScheduleAccessTest.class);
    }

    @EJB
    private ScheduleService schedules;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("sa" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
            customerId = team.customers.get("salesA1")[0];
            as("salesA1", () -> sharing.share(customerId, List.of(team.users.get("salesB1").getId())));
        }
    }

    @Test
    @DisplayName("Read by id and history for exactly the right roles")
    void readById() throws Exception {
        Schedule target = sharedSchedule(window());
        for (String role : ROLES) {
            if (READS.get(role)) {
                assertEquals(target.getId(), as(role, () -> schedules.getVisible(target.getId()).getId()), role);
                assertFalse(as(role, () -> schedules.history(target.getId())).isEmpty(), "history as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.getVisible(target.getId()), "read as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.history(target.getId()), "history as " + role));
            }
        }
    }

    @Test
    @DisplayName("Customer's list shows it to exactly the right roles")
    void customerList() throws Exception {
        Schedule target = sharedSchedule(Instant.now().plus(Duration.ofDays(3)));
        for (String role : ROLES) {
            if (READS.get(role)) {
                List<ScheduleRow> rows = as(role, () -> schedules.findForCustomer(customerId, 0, 200));
                assertTrue(rows.stream().anyMatch(row -> row.getId().equals(target.getId())), "list as " + role);
                assertTrue(as(role, () -> schedules.countForCustomer(customerId)) >= 1, "count as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.findForCustomer(customerId, 0, 200), "list as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.countForCustomer(customerId), "count as " + role));
            }
        }
    }

    @Test
    @DisplayName("Team calendar shows it only where the owner is in scope")
    void teamCalendar() throws Exception {
        Instant start = window();
        Schedule target = sharedSchedule(start);
        CalendarRange day = new CalendarRange(start.minusSeconds(3600), start.plus(Duration.ofDays(1)));
        for (String role : ROLES) {
            boolean listed = as(role, () -> schedules.findInRange(CalendarOwners.team(), day, 0, 500)).rows()
                    .stream().anyMatch(row -> row.getId().equals(target.getId()));
            assertEquals(CALENDAR.get(role), listed, "team calendar as " + role);
        }
    }

    @Test
    @DisplayName("Owner's calendar opens only for roles that have the owner in scope")
    void memberCalendar() throws Exception {
        Instant start = window();
        Schedule target = sharedSchedule(start);
        CalendarRange day = new CalendarRange(start.minusSeconds(3600), start.plus(Duration.ofDays(1)));
        CalendarOwners owner = CalendarOwners.user(team.users.get("salesA1").getId());
        for (String role : ROLES) {
            if (CALENDAR.get(role)) {
                List<Long> ids = as(role, () -> schedules.findInRange(owner, day, 0, 500)).rows().stream()
                        .map(ScheduleRow::getId).toList();
                assertEquals(List.of(target.getId()), ids, "salesA1's calendar as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.findInRange(owner, day, 0, 500), "salesA1's calendar as " + role));
            }
        }
    }

    @Test
    @DisplayName("Own calendar never shows someone else's schedule")
    void ownCalendar() throws Exception {
        Instant start = window();
        Schedule target = sharedSchedule(start);
        CalendarRange day = new CalendarRange(start.minusSeconds(3600), start.plus(Duration.ofDays(1)));
        for (String role : ROLES) {
            boolean listed = as(role, () -> schedules.findInRange(CalendarOwners.self(), day, 0, 500)).rows()
                    .stream().anyMatch(row -> row.getId().equals(target.getId()));
            assertEquals(role.equals("salesA1"), listed, "own calendar as " + role);
        }
    }

    @Test
    @DisplayName("Edit by id works for exactly the right roles")
    void editById() throws Exception {
        for (String role : ROLES) {
            Schedule target = sharedSchedule(window());
            ScheduleForm form = ScheduleForm.of(target);
            form.setSubject("Edited by " + role);
            if (READS.get(role)) {
                as(role, () -> schedules.update(target.getId(), target.getVersion(), form));
                assertEquals("Edited by " + role, subjectOf(target.getId()), "edit as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.update(target.getId(), target.getVersion(), form), "edit as " + role));
                assertEquals(target.getSubject(), subjectOf(target.getId()), "unchanged after edit as " + role);
            }
        }
    }

    @Test
    @DisplayName("Done by id works for exactly the right roles")
    void doneById() throws Exception {
        for (String role : ROLES) {
            Schedule target = sharedSchedule(window());
            if (READS.get(role)) {
                as(role, () -> schedules.setDone(target.getId(), target.getVersion(), true));
                assertTrue(as("boss", () -> schedules.getVisible(target.getId()).isDone()), "done as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.setDone(target.getId(), target.getVersion(), true), "done as " + role));
                assertFalse(as("boss", () -> schedules.getVisible(target.getId()).isDone()), "not done as " + role);
            }
        }
    }

    @Test
    @DisplayName("Delete by id works for exactly the right roles")
    void deleteById() throws Exception {
        for (String role : ROLES) {
            Schedule target = sharedSchedule(window());
            if (READS.get(role)) {
                as(role, () -> schedules.delete(target.getId(), target.getVersion()));
                as("boss", () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.getVisible(target.getId()), "deleted as " + role));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.delete(target.getId(), target.getVersion()), "delete as " + role));
                assertEquals(target.getId(), as("boss", () -> schedules.getVisible(target.getId()).getId()),
                        "kept after delete as " + role);
            }
        }
    }

    @Test
    @DisplayName("Create on the customer works for exactly the right roles")
    void createOnCustomer() throws Exception {
        for (String role : ROLES) {
            ScheduleForm form = form("Created by " + role, window());
            form.setCustomerId(customerId);
            if (READS.get(role)) {
                Schedule created = as(role, () -> schedules.create(form));
                assertEquals(customerId, created.getCustomerId(), "create as " + role);
                assertEquals(team.users.get(role).getId(), created.getOwner().getId(), "owner as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> schedules.create(form),
                        "create as " + role));
            }
        }
    }

    @Test
    @DisplayName("Moving a schedule to an invisible customer is rejected")
    void moveToInvisibleCustomer() throws Exception {
        Schedule target = sharedSchedule(window());
        ScheduleForm form = ScheduleForm.of(target);
        form.setCustomerId(team.customers.get("salesA2")[0]);

        as("salesB1", () -> assertThrows(RecordNotFoundException.class,
                () -> schedules.update(target.getId(), target.getVersion(), form)));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class,
                () -> schedules.update(target.getId(), target.getVersion(), form)));
        assertEquals(customerId, as("boss", () -> schedules.getVisible(target.getId()).getCustomerId()));
    }

    @Test
    @DisplayName("Schedule without a customer stays with the owner's line")
    void withoutCustomer() throws Exception {
        Schedule target = as("salesA1", () -> schedules.create(form("Private", window())));
        for (String role : ROLES) {
            boolean expected = CALENDAR.get(role);
            if (expected) {
                assertEquals(target.getId(), as(role, () -> schedules.getVisible(target.getId()).getId()), role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.getVisible(target.getId()), "read as " + role));
            }
        }
    }

    @Test
    @DisplayName("Reminders and dismissing are for the owner only")
    void remindersForOwner() throws Exception {
        Instant start = window();
        Schedule target = sharedSchedule(start);
        Instant moment = start.minusSeconds(60);
        for (String role : ROLES) {
            boolean due = as(role, () -> schedules.remindersDueAt(moment)).stream()
                    .anyMatch(row -> row.getId().equals(target.getId()));
            assertEquals(role.equals("salesA1"), due, "reminder as " + role);
            if (!role.equals("salesA1")) {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> schedules.dismissReminder(target.getId()), "dismiss as " + role));
            }
        }
        as("salesA1", () -> schedules.dismissReminder(target.getId()));
        assertTrue(as("salesA1", () -> schedules.remindersDueAt(moment)).stream()
                .noneMatch(row -> row.getId().equals(target.getId())));
    }

    /** Creates a schedule of salesA1 on salesA1's shared customer. */
    private Schedule sharedSchedule(Instant start) throws Exception {
        ScheduleForm form = form("Shared " + team.prefix + " " + start, start);
        form.setCustomerId(customerId);
        return as("salesA1", () -> schedules.create(form));
    }

    private String subjectOf(long id) throws Exception {
        return as("boss", () -> schedules.getVisible(id).getSubject());
    }

    /** Returns the start of a stretch of 40 days that no other test of this class uses. */
    private static Instant window() {
        return EPOCH.plus(Duration.ofDays(40L * WINDOWS.incrementAndGet()));
    }

    private static ScheduleForm form(String subject, Instant start) {
        ScheduleForm form = new ScheduleForm();
        form.setSubject(subject);
        form.setType("MEETING");
        form.setStart(start);
        form.setEnd(start.plus(Duration.ofHours(1)));
        form.setReminderMinutes(15);
        return form;
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
