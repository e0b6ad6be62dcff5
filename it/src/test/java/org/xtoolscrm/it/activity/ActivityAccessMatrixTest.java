package org.xtoolscrm.it.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
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
import org.xtoolscrm.activity.Activity;
import org.xtoolscrm.activity.ActivityForm;
import org.xtoolscrm.activity.ActivityRow;
import org.xtoolscrm.activity.ActivityService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * Who reaches the activities of one customer, owned by salesA1 and shared with salesB1
 * of the other team, through each way in: the timeline, one activity by id, recording
 * on the customer by id, editing, deleting and the history. Every mutating case works
 * on a fresh customer of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Activity access matrix")
class ActivityAccessMatrixTest {

    /** Whether each role may see the customer, and so read, record, edit and delete its activities. */
    private static final Map<String, Boolean> ALLOWED = Map.of(
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
        return Deployments.withTests(ActivityAccessMatrixTest.class);
    }

    @EJB
    private ActivityService activities;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("am" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Timeline opens for exactly the right roles")
    void timeline() throws Exception {
        long customer = sharedCustomer();
        long activity = record(customer, "On the timeline");
        for (String role : ALLOWED.keySet()) {
            if (ALLOWED.get(role)) {
                List<Long> ids = as(role, () -> activities.timeline(customer, null, 10)).entries().stream()
                        .map(ActivityRow::getId).toList();
                assertEquals(List.of(activity), ids, "timeline as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> activities.timeline(customer, null, 10), "timeline as " + role));
            }
        }
    }

    @Test
    @DisplayName("Activity by id opens for exactly the right roles")
    void getById() throws Exception {
        long activity = record(sharedCustomer(), "Read by id");
        for (String role : ALLOWED.keySet()) {
            if (ALLOWED.get(role)) {
                assertEquals("Read by id", as(role, () -> activities.get(activity).getContent()), "get as " + role);
                assertTrue(as(role, () -> activities.history(activity)).size() > 0, "history as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> activities.get(activity),
                        "get as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> activities.history(activity),
                        "history as " + role));
            }
        }
    }

    @Test
    @DisplayName("Recording on a customer by id works for the right roles only")
    void recordByCustomerId() throws Exception {
        for (String role : ALLOWED.keySet()) {
            long customer = sharedCustomer();
            if (ALLOWED.get(role)) {
                Activity created = as(role, () -> activities.create(customer, form("Recorded by " + role)));
                assertEquals(team.users.get(role).getId(), created.getOwner().getId(), "owner as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> activities.create(customer, form("Sneaked in by " + role)), "record as " + role));
                assertEquals(0, as("boss", () -> activities.timeline(customer, null, 10)).entries().size(),
                        "nothing recorded as " + role);
            }
        }
    }

    @Test
    @DisplayName("Editing by id works for the right roles only")
    void editById() throws Exception {
        for (String role : ALLOWED.keySet()) {
            long activity = record(sharedCustomer(), "Original");
            int version = as("boss", () -> activities.get(activity).getVersion());
            if (ALLOWED.get(role)) {
                as(role, () -> activities.update(activity, version, form("Edited by " + role)));
                assertEquals("Edited by " + role, as("boss", () -> activities.get(activity).getContent()));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> activities.update(activity, version, form("Changed by " + role)), "edit as " + role));
                assertEquals("Original", as("boss", () -> activities.get(activity).getContent()),
                        "kept as " + role);
            }
        }
    }

    @Test
    @DisplayName("Deleting by id works for the right roles only")
    void deleteById() throws Exception {
        for (String role : ALLOWED.keySet()) {
            long activity = record(sharedCustomer(), "To delete");
            int version = as("boss", () -> activities.get(activity).getVersion());
            if (ALLOWED.get(role)) {
                as(role, () -> activities.delete(activity, version));
                as("boss", () -> assertThrows(RecordNotFoundException.class, () -> activities.get(activity),
                        "deleted as " + role));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> activities.delete(activity, version),
                        "delete as " + role));
                assertEquals(activity, (long) as("boss", () -> activities.get(activity).getId()), "kept as " + role);
            }
        }
    }

    /** Creates a customer of salesA1 with a unique code, shared with salesB1 by its owner. */
    private long sharedCustomer() throws Exception {
        int number = ++sequence;
        long id = team.addCustomer(dataSource, "salesA1", team.prefix + "-x" + number,
                String.format("Activity matrix %s %03d", team.prefix, number));
        long salesB1 = team.users.get("salesB1").getId();
        as("salesA1", () -> sharing.share(id, List.of(salesB1)));
        return id;
    }

    private long record(long customer, String content) throws Exception {
        return as("salesA1", () -> activities.create(customer, form(content))).getId();
    }

    private static ActivityForm form(String content) {
        ActivityForm form = new ActivityForm();
        form.setType("CALL");
        form.setTime(Instant.now().minus(Duration.ofMinutes(5)));
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
