package org.xtoolscrm.it.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.task.Task;
import org.xtoolscrm.task.TaskAssignee;
import org.xtoolscrm.task.TaskFilter;
import org.xtoolscrm.task.TaskForm;
import org.xtoolscrm.task.TaskRow;
import org.xtoolscrm.task.TaskService;
import org.xtoolscrm.task.TaskSortField;
import org.xtoolscrm.task.TaskState;

/**
 * Who reaches the tasks of salesA1 through each way in: the list, the subject search,
 * one task by id, the customer's list, creating on a customer by id, editing,
 * completing, deleting and the history. salesA1 shares the customer of one task with
 * salesB1 of the other team, so salesB1 sees that task. salesB1 does not see a task of
 * salesA1 without a customer. Every mutating case works on a fresh task of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Task access matrix")
class TaskAccessMatrixTest {

    /** Whether each role sees salesA1's task on the customer shared with salesB1. */
    private static final Map<String, Boolean> SEES_SHARED = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", true,
            "salesDirect", false);

    /** Whether each role sees salesA1's task without a customer. */
    private static final Map<String, Boolean> SEES_PERSONAL = Map.of(
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
        return Deployments.withTests(TaskAccessMatrixTest.class);
    }

    @EJB
    private TaskService tasks;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("tm" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("List and search show tasks to exactly the right roles")
    void listAndSearch() throws Exception {
        long shared = task(sharedCustomer());
        long personal = task(null);
        for (String role : SEES_SHARED.keySet()) {
            List<Long> listed = as(role, () -> tasks.findPage(new TaskFilter(TaskState.ALL, TaskAssignee.scope(),
                    null), TaskSortField.URGENCY, true, 0, 200)).stream().map(TaskRow::getId).toList();
            assertEquals(SEES_SHARED.get(role), listed.contains(shared), "shared task listed as " + role);
            assertEquals(SEES_PERSONAL.get(role), listed.contains(personal), "personal task listed as " + role);

            String subject = subjectOf(shared);
            long found = as(role, () -> tasks.count(new TaskFilter(TaskState.ALL, TaskAssignee.scope(), subject)));
            assertEquals(SEES_SHARED.get(role) ? 1L : 0L, found, "search as " + role);
        }
    }

    @Test
    @DisplayName("Owner filter never widens the scope")
    void ownerFilterStaysInScope() throws Exception {
        long personal = task(null);
        long owner = team.users.get("salesA1").getId();
        for (String role : SEES_PERSONAL.keySet()) {
            List<Long> listed = as(role, () -> tasks.findPage(new TaskFilter(TaskState.ALL, TaskAssignee.user(owner),
                    null), TaskSortField.URGENCY, true, 0, 200)).stream().map(TaskRow::getId).toList();
            assertEquals(SEES_PERSONAL.get(role), listed.contains(personal), "owner filter as " + role);
        }
    }

    @Test
    @DisplayName("Task by id opens for exactly the right roles")
    void getById() throws Exception {
        long shared = task(sharedCustomer());
        long personal = task(null);
        for (String role : SEES_SHARED.keySet()) {
            checkRead(role, shared, SEES_SHARED.get(role));
            checkRead(role, personal, SEES_PERSONAL.get(role));
        }
    }

    @Test
    @DisplayName("Customer's task list opens for the right roles")
    void customerList() throws Exception {
        long customer = sharedCustomer();
        long shared = task(customer);
        for (String role : SEES_SHARED.keySet()) {
            if (SEES_SHARED.get(role)) {
                List<Long> ids = as(role, () -> tasks.findForCustomer(customer, TaskState.ALL, TaskSortField.URGENCY,
                        true, 0, 10)).stream().map(TaskRow::getId).toList();
                assertEquals(List.of(shared), ids, "customer list as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> tasks.findForCustomer(customer, TaskState.ALL, TaskSortField.URGENCY, true, 0, 10),
                        "customer list as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> tasks.countForCustomer(customer, TaskState.ALL), "customer count as " + role));
            }
        }
    }

    @Test
    @DisplayName("Creating on a customer by id works for the right roles only")
    void createOnCustomerById() throws Exception {
        for (String role : SEES_SHARED.keySet()) {
            long customer = sharedCustomer();
            TaskForm form = form(team.prefix + " created by " + role, customer);
            if (SEES_SHARED.get(role)) {
                Task created = as(role, () -> tasks.create(form));
                assertEquals(customer, created.getCustomer().getId(), "customer as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> tasks.create(form),
                        "create as " + role));
                assertEquals(0L, (long) as("boss", () -> tasks.countForCustomer(customer, TaskState.ALL)),
                        "nothing created as " + role);
            }
        }
    }

    @Test
    @DisplayName("Editing by id works for the right roles only")
    void editById() throws Exception {
        for (String role : SEES_SHARED.keySet()) {
            long customer = sharedCustomer();
            long id = task(customer);
            String original = subjectOf(id);
            int version = as("boss", () -> tasks.get(id).getVersion());
            TaskForm edit = form(original + " edited", customer);
            if (SEES_SHARED.get(role)) {
                as(role, () -> tasks.update(id, version, edit));
                assertEquals(original + " edited", subjectOf(id), "edited as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> tasks.update(id, version, edit),
                        "edit as " + role));
                assertEquals(original, subjectOf(id), "kept as " + role);
            }
        }
    }

    @Test
    @DisplayName("Completing and reopening by id work for the right roles only")
    void completeById() throws Exception {
        for (String role : SEES_SHARED.keySet()) {
            long id = task(sharedCustomer());
            if (SEES_SHARED.get(role)) {
                assertTrue(as(role, () -> tasks.complete(id)).isDone(), "completed as " + role);
                assertFalse(as(role, () -> tasks.reopen(id)).isDone(), "reopened as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> tasks.complete(id),
                        "complete as " + role));
                assertFalse(as("boss", () -> tasks.get(id)).isDone(), "still open as " + role);
            }
        }
    }

    @Test
    @DisplayName("Deleting by id works for the right roles only")
    void deleteById() throws Exception {
        for (String role : SEES_SHARED.keySet()) {
            long id = task(sharedCustomer());
            int version = as("boss", () -> tasks.get(id).getVersion());
            if (SEES_SHARED.get(role)) {
                as(role, () -> tasks.delete(id, version));
                as("boss", () -> assertThrows(RecordNotFoundException.class, () -> tasks.get(id),
                        "deleted as " + role));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> tasks.delete(id, version),
                        "delete as " + role));
                assertEquals(id, (long) as("boss", () -> tasks.get(id).getId()), "kept as " + role);
            }
        }
    }

    private void checkRead(String role, long id, boolean allowed) throws Exception {
        if (allowed) {
            assertEquals(id, (long) as(role, () -> tasks.get(id).getId()), "get " + id + " as " + role);
            assertFalse(as(role, () -> tasks.history(id)).isEmpty(), "history of " + id + " as " + role);
        } else {
            as(role, () -> assertThrows(RecordNotFoundException.class, () -> tasks.get(id),
                    "get " + id + " as " + role));
            as(role, () -> assertThrows(RecordNotFoundException.class, () -> tasks.history(id),
                    "history of " + id + " as " + role));
        }
    }

    /** Creates a customer of salesA1 with a unique code, shared with salesB1 by its owner. */
    private long sharedCustomer() throws Exception {
        int number = ++sequence;
        long id = team.addCustomer(dataSource, "salesA1", team.prefix + "-x" + number,
                String.format("Task matrix %s %03d", team.prefix, number));
        long salesB1 = team.users.get("salesB1").getId();
        as("salesA1", () -> sharing.share(id, List.of(salesB1)));
        return id;
    }

    /** Creates a task of salesA1 with a unique subject, on the customer or without one. */
    private long task(Long customer) throws Exception {
        int number = ++sequence;
        return as("salesA1", () -> tasks.create(form(team.prefix + " task " + number, customer))).getId();
    }

    private String subjectOf(long id) throws Exception {
        return as("boss", () -> tasks.get(id).getSubject());
    }

    private static TaskForm form(String subject, Long customer) {
        TaskForm form = new TaskForm();
        form.setSubject(subject);
        form.setCustomerId(customer);
        return form;
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
