package org.xtoolscrm.it.note;

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
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.note.Note;
import org.xtoolscrm.note.NoteRow;
import org.xtoolscrm.note.NoteService;

/**
 * Who reaches the notes of one customer, owned by salesA1 and shared with salesDirect,
 * through each way in: the list, a note by id, and adding, editing, pinning and deleting
 * by id. A share gives read and write, so the same roles may read and change. Every
 * case works on a fresh customer of its own.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Note access matrix")
class NoteAccessMatrixTest {

    /** Whether each role sees the customer, and so reads and writes its notes. */
    private static final Map<String, Boolean> ACCESS = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", false,
            "salesDirect", true);

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(NoteAccessMatrixTest.class);
    }

    @EJB
    private NoteService notes;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("nm" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("List and count show the notes to exactly the right roles")
    void list() throws Exception {
        long customerId = sharedCustomer();
        long noteId = as("salesA1", () -> notes.create(customerId, "listed", false).getId());

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                List<Long> ids = as(role, () -> notes.findPage(customerId, 0, 10)).stream()
                        .map(NoteRow::getId).toList();
                assertEquals(List.of(noteId), ids, "list as " + role);
                assertEquals(1L, (long) as(role, () -> notes.count(customerId)), "count as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> notes.findPage(customerId, 0, 10),
                        "list as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> notes.count(customerId),
                        "count as " + role));
            }
        }
    }

    @Test
    @DisplayName("A note by id and its history open for exactly the right roles")
    void getById() throws Exception {
        long customerId = sharedCustomer();
        long noteId = as("salesA1", () -> notes.create(customerId, "by id", false).getId());

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                assertEquals("by id", as(role, () -> notes.getVisible(noteId).getText()), "get as " + role);
                assertFalse(as(role, () -> notes.history(noteId)).isEmpty(), "history as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> notes.getVisible(noteId),
                        "get as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> notes.history(noteId),
                        "history as " + role));
            }
        }
    }

    @Test
    @DisplayName("Adding a note works for exactly the right roles")
    void create() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            if (ACCESS.get(role)) {
                Note note = as(role, () -> notes.create(customerId, "by " + role, false));
                assertEquals(team.login(role), note.getAuthor().getLogin(), "author as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> notes.create(customerId, "by " + role, false), "create as " + role));
            }
            assertEquals(ACCESS.get(role) ? 1L : 0L, countAsOwner(customerId), "notes after create as " + role);
        }
    }

    @Test
    @DisplayName("Editing and pinning a note by id work for exactly the right roles")
    void editById() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            Note note = as("salesA1", () -> notes.create(customerId, "original", false));
            if (ACCESS.get(role)) {
                as(role, () -> notes.update(note.getId(), note.getVersion(), "edited by " + role, false));
                int version = as(role, () -> notes.getVisible(note.getId()).getVersion());
                as(role, () -> notes.setPinned(note.getId(), version, true));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> notes.update(note.getId(), note.getVersion(), "edited by " + role, false),
                        "edit as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> notes.setPinned(note.getId(), note.getVersion(), true), "pin as " + role));
            }
            Note current = as("salesA1", () -> notes.getVisible(note.getId()));
            assertEquals(ACCESS.get(role) ? "edited by " + role : "original", current.getText(), "text as " + role);
            assertEquals(ACCESS.get(role), current.isPinned(), "pinned as " + role);
        }
    }

    @Test
    @DisplayName("Deleting a note by id works for exactly the right roles")
    void deleteById() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            Note note = as("salesA1", () -> notes.create(customerId, "to delete", false));
            if (ACCESS.get(role)) {
                as(role, () -> notes.delete(note.getId(), note.getVersion()));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> notes.delete(note.getId(), note.getVersion()), "delete as " + role));
            }
            assertEquals(ACCESS.get(role) ? 0L : 1L, countAsOwner(customerId), "notes after delete as " + role);
        }
    }

    /** Creates a customer of salesA1 shared with salesDirect by its owner. */
    private long sharedCustomer() throws Exception {
        int number = ++sequence;
        long id = team.addCustomer(dataSource, "salesA1", team.prefix + "-n" + number,
                String.format("Note matrix %s %03d", team.prefix, number));
        long salesDirect = team.users.get("salesDirect").getId();
        as("salesA1", () -> sharing.share(id, List.of(salesDirect)));
        return id;
    }

    private long countAsOwner(long customerId) throws Exception {
        return as("salesA1", () -> notes.count(customerId));
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
