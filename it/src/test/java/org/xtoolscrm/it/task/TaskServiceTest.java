package org.xtoolscrm.it.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
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
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.task.InvalidTaskException;
import org.xtoolscrm.task.StaleTaskException;
import org.xtoolscrm.task.Task;
import org.xtoolscrm.task.TaskAssignee;
import org.xtoolscrm.task.TaskError;
import org.xtoolscrm.task.TaskFilter;
import org.xtoolscrm.task.TaskForm;
import org.xtoolscrm.task.TaskPriority;
import org.xtoolscrm.task.TaskRow;
import org.xtoolscrm.task.TaskService;
import org.xtoolscrm.task.TaskSortField;
import org.xtoolscrm.task.TaskState;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Tasks in the container")
class TaskServiceTest {

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(TaskServiceTest.class);
    }

    @EJB
    private TaskService tasks;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService customerEdits;

    @EJB
    private RecycleBinService bin;

    @EJB
    private AccountService accounts;

    @EJB
    private CustomerTransferService transfers;

    @EJB
    private ContactService contacts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("tk" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Salesperson creates own task with history")
    void createOwnTask() throws Exception {
        long customer = team.customers.get("salesA1")[0];
        TaskForm form = form("  Send the price list  ", customer);
        form.setDueDate(today().plusDays(3));
        form.setPriority(TaskPriority.HIGH);
        form.setDescription("  Both models  ");

        Task task = as("salesA1", () -> tasks.create(form));
        List<ChangeEntry> history = as("salesA1", () -> tasks.history(task.getId()));

        assertEquals("Send the price list", task.getSubject());
        assertEquals("Both models", task.getDescription());
        assertEquals(team.users.get("salesA1").getId(), task.getOwner().getId(), "the caller owns it");
        assertEquals(customer, task.getCustomer().getId());
        assertFalse(task.isDone());
        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE));
        assertTrue(history.stream().anyMatch(entry -> "subject".equals(entry.getFieldName())
                && "Send the price list".equals(entry.getNewValue())));
    }

    @Test
    @DisplayName("Contact is stored and listed with its name")
    void contactListedWithName() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA2", team.prefix + "-ct", "Contact list " + team.prefix);
        long contact = contact("salesA2", customer, "韩梅梅 " + team.prefix);
        TaskForm form = form(team.prefix + " call Han Meimei", customer);
        form.setContactId(contact);

        Task task = as("salesA2", () -> tasks.create(form));
        TaskRow onTab = as("salesA2", () -> tasks.findForCustomer(customer, TaskState.OPEN, TaskSortField.URGENCY,
                true, 0, 10)).get(0);
        TaskRow onList = as("salesA2", () -> tasks.findPage(new TaskFilter(TaskState.ALL, TaskAssignee.scope(),
                "call Han Meimei"), TaskSortField.SUBJECT, true, 0, 10)).get(0);

        assertEquals(contact, as("salesA2", () -> tasks.get(task.getId())).getContactId());
        assertEquals(task.getId(), onTab.getId());
        assertEquals(contact, onTab.getContactId());
        assertEquals("韩梅梅 " + team.prefix, onTab.getContactName());
        assertEquals(task.getId(), onList.getId());
        assertEquals("韩梅梅 " + team.prefix, onList.getContactName());
    }

    @Test
    @DisplayName("Contact of another customer is rejected")
    void otherCustomersContactRejected() throws Exception {
        long customer = team.customers.get("salesA1")[0];
        long ownOtherCustomer = team.addCustomer(dataSource, "salesA1", team.prefix + "-own", "Own " + team.prefix);
        long ownOtherCustomersContact = contact("salesA1", ownOtherCustomer, "Other customer's");
        long otherTeamsContact = contact("salesB1", team.customers.get("salesB1")[0], "Other team's");

        for (long contact : List.of(ownOtherCustomersContact, otherTeamsContact)) {
            TaskForm form = form(team.prefix + " wrong contact", customer);
            form.setContactId(contact);
            InvalidTaskException e = as("salesA1", () -> assertThrows(InvalidTaskException.class,
                    () -> tasks.create(form)));
            assertEquals(List.of(TaskError.CONTACT_INVALID),
                    e.getProblems().stream().map(problem -> problem.error()).toList(), "contact " + contact);
            assertEquals("contact", e.getProblems().get(0).field());
        }
        assertFalse(subjects("salesA1").contains(team.prefix + " wrong contact"), "nothing stored");

        TaskForm right = form(team.prefix + " right contact first", customer);
        right.setContactId(contact("salesA1", customer, "Right one"));
        Task task = as("salesA1", () -> tasks.create(right));
        TaskForm edit = TaskForm.of(task);
        edit.setContactId(otherTeamsContact);
        InvalidTaskException onUpdate = as("salesA1", () -> assertThrows(InvalidTaskException.class,
                () -> tasks.update(task.getId(), task.getVersion(), edit)));
        assertTrue(onUpdate.has(TaskError.CONTACT_INVALID), onUpdate.getMessage());
        assertEquals(right.getContactId(), as("salesA1", () -> tasks.get(task.getId())).getContactId(),
                "the stored contact is unchanged");
    }

    @Test
    @DisplayName("Contact without a customer is rejected")
    void contactWithoutCustomerRejected() throws Exception {
        TaskForm form = form(team.prefix + " contact only", null);
        form.setContactId(contact("salesA1", team.customers.get("salesA1")[0], "No customer"));

        InvalidTaskException e = as("salesA1", () -> assertThrows(InvalidTaskException.class,
                () -> tasks.create(form)));

        assertTrue(e.has(TaskError.CONTACT_INVALID), e.getMessage());
    }

    @Test
    @DisplayName("Contact in the recycle bin is rejected and unlisted")
    void binnedContactRejected() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-bc", "Binned contact " + team.prefix);
        long contact = contact("salesA1", customer, "Soon binned");
        TaskForm form = form(team.prefix + " before the bin", customer);
        form.setContactId(contact);
        Task task = as("salesA1", () -> tasks.create(form));

        as("salesA1", () -> contacts.delete(contact));

        TaskForm again = form(team.prefix + " after the bin", customer);
        again.setContactId(contact);
        InvalidTaskException e = as("salesA1", () -> assertThrows(InvalidTaskException.class,
                () -> tasks.create(again)));
        assertTrue(e.has(TaskError.CONTACT_INVALID), e.getMessage());
        TaskRow row = as("salesA1", () -> tasks.findForCustomer(customer, TaskState.ALL, TaskSortField.URGENCY,
                true, 0, 10)).get(0);
        assertEquals(task.getId(), row.getId());
        assertEquals(contact, row.getContactId(), "the task keeps the id");
        assertNull(row.getContactName(), "a contact in the bin shows no name");

        TaskForm cleared = TaskForm.of(task);
        cleared.setContactId(null);
        Task saved = as("salesA1", () -> tasks.update(task.getId(), task.getVersion(), cleared));
        assertNull(saved.getContactId(), "an edit can drop the binned contact");
    }

    @Test
    @DisplayName("Invalid fields are all rejected at once")
    void invalidFieldsRejected() throws Exception {
        TaskForm form = form(" ", null);
        form.setDueDate(today().minusDays(1));
        form.setPriority(null);

        InvalidTaskException e = as("salesA1", () -> assertThrows(InvalidTaskException.class,
                () -> tasks.create(form)));

        assertTrue(e.has(TaskError.SUBJECT_MISSING), e.getMessage());
        assertTrue(e.has(TaskError.DUE_DATE_IN_PAST), e.getMessage());
        assertTrue(e.has(TaskError.PRIORITY_MISSING), e.getMessage());
    }

    @Test
    @DisplayName("Manager assigns within the team only")
    void assignWithinScope() throws Exception {
        TaskForm forSubordinate = form(team.prefix + " for A2", null);
        forSubordinate.setOwnerId(team.users.get("salesA2").getId());
        TaskForm forOtherTeam = form(team.prefix + " for B1", null);
        forOtherTeam.setOwnerId(team.users.get("salesB1").getId());
        TaskForm byColleague = form(team.prefix + " A1 for A2", null);
        byColleague.setOwnerId(team.users.get("salesA2").getId());

        Task assigned = as("managerA", () -> tasks.create(forSubordinate));

        assertEquals(team.users.get("salesA2").getId(), assigned.getOwner().getId());
        InvalidTaskException otherTeam = as("managerA", () -> assertThrows(InvalidTaskException.class,
                () -> tasks.create(forOtherTeam)));
        assertTrue(otherTeam.has(TaskError.OWNER_NOT_ALLOWED));
        InvalidTaskException colleague = as("salesA1", () -> assertThrows(InvalidTaskException.class,
                () -> tasks.create(byColleague)));
        assertTrue(colleague.has(TaskError.OWNER_NOT_ALLOWED));
    }

    @Test
    @DisplayName("Stale edit is rejected, not saved")
    void staleEditRejected() throws Exception {
        Task task = as("salesA1", () -> tasks.create(form(team.prefix + " stale", null)));
        int opened = task.getVersion();

        as("managerA", () -> tasks.update(task.getId(), opened, form(team.prefix + " by the manager", null)));
        as("salesA1", () -> assertThrows(StaleTaskException.class,
                () -> tasks.update(task.getId(), opened, form(team.prefix + " by the owner", null))));

        assertEquals(team.prefix + " by the manager", as("salesA1", () -> tasks.get(task.getId()).getSubject()));
        as("salesA1", () -> assertThrows(StaleTaskException.class, () -> tasks.delete(task.getId(), opened)));
    }

    @Test
    @DisplayName("Overdue task stays editable with its due date")
    void overdueTaskEditable() throws Exception {
        Task task = as("salesA1", () -> tasks.create(form(team.prefix + " overdue", null)));
        LocalDate lastWeek = today().minusDays(7);
        setDueDate(task.getId(), lastWeek);
        TaskForm edit = as("salesA1", () -> TaskForm.of(tasks.get(task.getId())));
        edit.setDescription("Still to do");
        int version = as("salesA1", () -> tasks.get(task.getId()).getVersion());

        Task saved = as("salesA1", () -> tasks.update(task.getId(), version, edit));

        assertEquals(lastWeek, saved.getDueDate());
        assertEquals("Still to do", saved.getDescription());
    }

    @Test
    @DisplayName("Complete and reopen set and clear the done time")
    void completeAndReopen() throws Exception {
        Task task = as("salesA1", () -> tasks.create(form(team.prefix + " complete me", null)));

        Task done = as("salesA1", () -> tasks.complete(task.getId()));
        assertTrue(done.isDone());
        assertNotNull(done.getDoneAt());
        int versionWhenDone = done.getVersion();
        Task again = as("salesA1", () -> tasks.complete(task.getId()));
        assertEquals(versionWhenDone, again.getVersion(), "completing a done task changes nothing");

        Task reopened = as("managerA", () -> tasks.reopen(task.getId()));
        assertFalse(reopened.isDone());
        assertNull(reopened.getDoneAt());

        List<ChangeEntry> history = as("salesA1", () -> tasks.history(task.getId()));
        List<String> doneChanges = history.stream()
                .filter(entry -> entry.getAction() == ChangeAction.UPDATE && "done".equals(entry.getFieldName()))
                .map(ChangeEntry::getNewValue).toList();
        assertEquals(List.of("false", "true"), doneChanges, "newest first: reopened, then completed");
    }

    @Test
    @DisplayName("Open tasks: overdue first, undated last")
    void openTaskOrder() throws Exception {
        LocalDate today = today();
        long dueToday = create("salesDirect", "due today", today, TaskPriority.NORMAL);
        long undatedNormal = create("salesDirect", "undated normal", null, TaskPriority.NORMAL);
        long inTwoDays = create("salesDirect", "in two days", today.plusDays(2), TaskPriority.LOW);
        long undatedHigh = create("salesDirect", "undated high", null, TaskPriority.HIGH);
        long yesterday = create("salesDirect", "yesterday", today, TaskPriority.LOW);
        setDueDate(yesterday, today.minusDays(1));
        long threeDaysAgo = create("salesDirect", "three days ago", today, TaskPriority.NORMAL);
        setDueDate(threeDaysAgo, today.minusDays(3));
        long doneLongAgo = create("salesDirect", "done long ago", today, TaskPriority.HIGH);
        setDueDate(doneLongAgo, today.minusDays(10));
        as("salesDirect", () -> tasks.complete(doneLongAgo));

        List<TaskRow> open = as("salesDirect", () -> tasks.findOpen(TaskAssignee.caller(), 0, 50));

        assertEquals(List.of(threeDaysAgo, yesterday, dueToday, inTwoDays, undatedHigh, undatedNormal),
                open.stream().map(TaskRow::getId).toList());
        assertEquals(List.of(true, true, false, false, false, false),
                open.stream().map(TaskRow::isOverdue).toList());
        assertEquals(6L, (long) as("salesDirect", () -> tasks.countOpen(TaskAssignee.caller())));

        List<TaskRow> secondPage = as("salesDirect", () -> tasks.findOpen(TaskAssignee.caller(), 2, 2));
        assertEquals(List.of(dueToday, inTwoDays), secondPage.stream().map(TaskRow::getId).toList(), "paged in SQL");

        long userId = team.users.get("salesDirect").getId();
        List<Long> asBoss = as("boss", () -> tasks.findOpen(TaskAssignee.user(userId), 0, 50)).stream()
                .map(TaskRow::getId).toList();
        assertEquals(open.stream().map(TaskRow::getId).toList(), asBoss, "the Boss sees the same list");
        assertEquals(0L, (long) as("managerA", () -> tasks.countOpen(TaskAssignee.user(userId))),
                "outside managerA's scope");
    }

    @Test
    @DisplayName("Done filter lists done tasks by done time")
    void doneFilter() throws Exception {
        long first = create("salesA2", "done first", null, TaskPriority.NORMAL);
        long second = create("salesA2", "done second", null, TaskPriority.NORMAL);
        create("salesA2", "still open", null, TaskPriority.NORMAL);
        as("salesA2", () -> tasks.complete(first));
        as("salesA2", () -> tasks.complete(second));
        TaskFilter doneOnes = new TaskFilter(TaskState.DONE, TaskAssignee.caller(), team.prefix + " done");

        List<Long> ids = as("salesA2", () -> tasks.findPage(doneOnes, TaskSortField.DONE_AT, false, 0, 10)).stream()
                .map(TaskRow::getId).toList();

        assertEquals(List.of(second, first), ids);
        assertEquals(3L, (long) as("salesA2", () -> tasks.count(
                new TaskFilter(TaskState.ALL, TaskAssignee.caller(), team.prefix + " "))));
    }

    @Test
    @DisplayName("Customer's tasks go to the bin with it and come back")
    void goneWithCustomer() throws Exception {
        long customer = team.customers.get("salesA1")[1];
        Task task = as("salesA1", () -> tasks.create(form(team.prefix + " with customer", customer)));
        assertEquals(1L, (long) as("salesA1", () -> tasks.countForCustomer(customer, TaskState.ALL)));
        int customerVersion = as("salesA1", () -> customers.getVisible(customer).getVersion());

        as("salesA1", () -> customerEdits.delete(customer, customerVersion));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> tasks.get(task.getId())));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> tasks.get(task.getId())));
        assertFalse(subjects("salesA1").contains(team.prefix + " with customer"), "not in the list");
        as("salesA1", () -> assertThrows(RecordNotFoundException.class,
                () -> tasks.countForCustomer(customer, TaskState.ALL)));

        DeletedRecord entry = binEntry(BinRecordType.CUSTOMER, customer);
        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(task.getId(), as("salesA1", () -> tasks.get(task.getId()).getId()));
        assertTrue(subjects("salesA1").contains(team.prefix + " with customer"), "back in the list");
    }

    @Test
    @DisplayName("Task without customer goes to the bin alone")
    void deleteWithoutCustomer() throws Exception {
        Task task = as("salesA1", () -> tasks.create(form(team.prefix + " on its own", null)));

        as("salesA1", () -> tasks.delete(task.getId(), task.getVersion()));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> tasks.get(task.getId())));
        DeletedRecord entry = binEntry(BinRecordType.TASK, task.getId());
        assertNull(entry.getCustomerId());
        assertEquals(team.prefix + " on its own", entry.getLabel());

        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(task.getId(), as("salesA1", () -> tasks.get(task.getId()).getId()));
    }

    @Test
    @DisplayName("Customer's task list pages its tasks")
    void customerTaskList() throws Exception {
        long customer = team.customers.get("managerB")[0];
        for (int i = 1; i <= 3; i++) {
            TaskForm form = form(team.prefix + " customer task " + i, customer);
            form.setDueDate(today().plusDays(i));
            as("managerB", () -> tasks.create(form));
        }

        List<TaskRow> page = as("managerB", () -> tasks.findForCustomer(customer, TaskState.OPEN,
                TaskSortField.URGENCY, true, 0, 2));

        assertEquals(List.of(team.prefix + " customer task 1", team.prefix + " customer task 2"),
                page.stream().map(TaskRow::getSubject).toList());
        assertTrue(page.stream().allMatch(row -> row.getCustomerId() == customer));
        assertEquals(3L, (long) as("managerB", () -> tasks.countForCustomer(customer, TaskState.OPEN)));
    }

    @Test
    @DisplayName("Transfer moves the previous owner's open tasks, overdue ones too")
    void transferMovesOpenTasks() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-tr", "Transfer " + team.prefix);
        long open = createOn("salesA1", customer, "Send the offer");
        long overdue = createOn("salesA1", customer, "Call back");
        setDueDate(overdue, today().minusDays(2));
        long done = createOn("salesA1", customer, "Visited");
        as("salesA1", () -> tasks.complete(done));
        long managers = createOn("managerA", customer, "Check the credit limit");
        long elsewhere = createOn("salesA1", team.customers.get("salesA1")[0], "On another customer");
        int openVersion = as("salesA1", () -> tasks.get(open).getVersion());
        long salesA1 = team.users.get("salesA1").getId();
        long salesA2 = team.users.get("salesA2").getId();

        as("managerA", () -> transfers.transfer(customer, salesA2));

        assertEquals(salesA2, ownerOf(open), "open");
        assertEquals(salesA2, ownerOf(overdue), "overdue");
        assertEquals(salesA1, ownerOf(done), "done stays");
        assertEquals(team.users.get("managerA").getId(), ownerOf(managers), "a colleague's stays");
        assertEquals(salesA1, ownerOf(elsewhere), "another customer's stays");
        assertTrue(as("boss", () -> tasks.get(open).getVersion()) > openVersion, "new version");
        assertTrue(as("salesA2", () -> tasks.history(open)).stream()
                .anyMatch(entry -> entry.getAction() == ChangeAction.TRANSFER
                        && team.login("salesA1").equals(entry.getOldValue())
                        && team.login("salesA2").equals(entry.getNewValue())));
        List<Long> workbench = as("salesA2", () -> tasks.findOpen(TaskAssignee.caller(), 0, 200)).stream()
                .map(TaskRow::getId).toList();
        assertTrue(workbench.containsAll(List.of(open, overdue)), "on the new owner's open tasks");
    }

    @Test
    @DisplayName("Hand-over moves open tasks on the handed customers, not those without a customer")
    void handOverMovesOpenTasks() throws Exception {
        long managerB = team.users.get("managerB").getId();
        Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> {
            for (String key : List.of("leaver", "heir")) {
                team.users.put(key, accounts.create(new NewAccount((team.prefix + "-" + key).toLowerCase(),
                        key + " " + team.prefix, Role.SALES, managerB, TestTeam.PASSWORD, null, null)));
            }
        });
        long customer = team.addCustomer(dataSource, "leaver", team.prefix + "-ho", "Hand-over " + team.prefix);
        long onCustomer = createOn("leaver", customer, "Prepare the contract");
        long without = createOn("leaver", null, "Renew the trade fair booth");

        as("boss", () -> transfers.handOver(team.users.get("leaver").getId(), team.users.get("heir").getId()));

        assertEquals(team.users.get("heir").getId(), ownerOf(onCustomer));
        assertEquals(team.users.get("leaver").getId(), ownerOf(without), "without customer stays");
    }

    private long createOn(String role, Long customerId, String subject) throws Exception {
        TaskForm form = form(team.prefix + " " + subject, customerId);
        form.setDueDate(today().plusDays(1));
        return as(role, () -> tasks.create(form)).getId();
    }

    private long ownerOf(long taskId) throws Exception {
        return as("boss", () -> tasks.get(taskId).getOwner().getId());
    }

    private long create(String ownerKey, String subject, LocalDate due, TaskPriority priority) throws Exception {
        TaskForm form = form(team.prefix + " " + subject, null);
        form.setDueDate(due);
        form.setPriority(priority);
        return as(ownerKey, () -> tasks.create(form)).getId();
    }

    /** Adds a contact to the customer as the given account and returns its id. */
    private long contact(String role, long customerId, String name) throws Exception {
        ContactForm form = new ContactForm();
        form.setName(name);
        return as(role, () -> contacts.create(customerId, form)).getId();
    }

    /** Moves a due date into the past through JDBC, since the service accepts no past date on a new task. */
    private void setDueDate(long taskId, LocalDate due) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE task SET due_date = ? WHERE id = ?")) {
            update.setDate(1, Date.valueOf(due));
            update.setLong(2, taskId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private List<String> subjects(String role) throws Exception {
        return as(role, () -> tasks.findPage(new TaskFilter(TaskState.ALL, TaskAssignee.scope(), team.prefix),
                TaskSortField.SUBJECT, true, 0, 200)).stream().map(TaskRow::getSubject).toList();
    }

    private DeletedRecord binEntry(BinRecordType type, long recordId) throws Exception {
        return as("boss", () -> bin.findPage(0, 200)).stream()
                .filter(record -> record.getRecordType() == type && record.getRecordId() == recordId)
                .findFirst().orElseThrow();
    }

    private static LocalDate today() {
        return CompanyCalendar.current().today();
    }

    private static TaskForm form(String subject, Long customerId) {
        TaskForm form = new TaskForm();
        form.setSubject(subject);
        form.setCustomerId(customerId);
        return form;
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
