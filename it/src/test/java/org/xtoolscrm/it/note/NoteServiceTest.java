package org.xtoolscrm.it.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.note.InvalidNoteException;
import org.xtoolscrm.note.Note;
import org.xtoolscrm.note.NoteError;
import org.xtoolscrm.note.NoteRow;
import org.xtoolscrm.note.NoteService;
import org.xtoolscrm.note.StaleNoteException;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Notes on a customer")
class NoteServiceTest {

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(NoteServiceTest.class);
    }

    @EJB
    private NoteService notes;

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
            team = TestTeam.create("nt" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Creating stores clean text, the author and the change log")
    void createStoresNote() throws Exception {
        long customerId = freshCustomer("create");

        Note note = as("salesA1", () -> notes.create(customerId, "\r\n  客户要求周五前报价。\r\n联系人：王经理  \n", false));
        List<ChangeEntry> history = as("salesA1", () -> notes.history(note.getId()));

        assertEquals("客户要求周五前报价。\n联系人：王经理", note.getText());
        assertEquals(team.login("salesA1"), note.getAuthor().getLogin());
        assertFalse(note.isPinned());
        assertEquals(customerId, note.getCustomer().getId());
        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE), history.toString());
        assertEquals("客户要求周五前报价。\n联系人：王经理", valueOf(history, "text"));
        assertEquals(team.login("salesA1"), history.get(0).getChangedBy());
    }

    @Test
    @DisplayName("Blank or too long text is rejected and nothing is stored")
    void invalidTextIsRejected() throws Exception {
        long customerId = freshCustomer("invalid");

        InvalidNoteException blank = as("salesA1", () -> assertThrows(InvalidNoteException.class,
                () -> notes.create(customerId, " \n\t ", false)));
        InvalidNoteException tooLong = as("salesA1", () -> assertThrows(InvalidNoteException.class,
                () -> notes.create(customerId, "记".repeat(Note.TEXT_MAX + 1), false)));

        assertEquals(NoteError.TEXT_MISSING, blank.getError());
        assertEquals(NoteError.TEXT_TOO_LONG, tooLong.getError());
        assertEquals(0L, (long) as("salesA1", () -> notes.count(customerId)));
    }

    @Test
    @DisplayName("A note of exactly 4000 Chinese characters is stored whole")
    void maximumLengthIsStored() throws Exception {
        long customerId = freshCustomer("max");
        String text = "记".repeat(Note.TEXT_MAX);

        long id = as("salesA1", () -> notes.create(customerId, text, false).getId());

        assertEquals(text, as("salesA1", () -> notes.getVisible(id).getText()));
    }

    @Test
    @DisplayName("The list shows pinned notes first, then the newest, a page at a time")
    void listOrderAndPaging() throws Exception {
        long customerId = freshCustomer("order");
        long first = as("salesA1", () -> notes.create(customerId, "first", false).getId());
        long pinned = as("salesA1", () -> notes.create(customerId, "pinned", true).getId());
        long third = as("salesA1", () -> notes.create(customerId, "third", false).getId());
        long fourth = as("salesA1", () -> notes.create(customerId, "fourth", false).getId());

        List<Long> all = as("salesA1", () -> ids(notes.findPage(customerId, 0, 10)));
        List<Long> secondPage = as("salesA1", () -> ids(notes.findPage(customerId, 2, 2)));

        assertEquals(List.of(pinned, fourth, third, first), all);
        assertEquals(List.of(third, first), secondPage);
        assertEquals(4L, (long) as("salesA1", () -> notes.count(customerId)));
    }

    @Test
    @DisplayName("Pinning moves a note to the top, unpinning puts it back by time")
    void pinning() throws Exception {
        long customerId = freshCustomer("pin");
        long older = as("salesA1", () -> notes.create(customerId, "older", false).getId());
        long newer = as("salesA1", () -> notes.create(customerId, "newer", false).getId());

        int version = as("salesA1", () -> notes.getVisible(older).getVersion());
        as("salesA1", () -> notes.setPinned(older, version, true));
        List<Long> pinnedFirst = as("salesA1", () -> ids(notes.findPage(customerId, 0, 10)));
        int pinnedVersion = as("salesA1", () -> notes.getVisible(older).getVersion());
        as("salesA1", () -> notes.setPinned(older, pinnedVersion, false));
        List<Long> byTime = as("salesA1", () -> ids(notes.findPage(customerId, 0, 10)));

        assertEquals(List.of(older, newer), pinnedFirst);
        assertEquals(List.of(newer, older), byTime);
    }

    @Test
    @DisplayName("Editing saves text and pin state and logs the old and new value")
    void editLogsChange() throws Exception {
        long customerId = freshCustomer("edit");
        Note note = as("salesA1", () -> notes.create(customerId, "draft", false));

        Note edited = as("salesA1", () -> notes.update(note.getId(), note.getVersion(), "final text", true));
        List<ChangeEntry> updates = as("salesA1", () -> notes.history(note.getId())).stream()
                .filter(entry -> entry.getAction() == ChangeAction.UPDATE).toList();

        assertEquals("final text", edited.getText());
        assertTrue(edited.isPinned());
        assertEquals(note.getVersion() + 1, edited.getVersion());
        Map<String, ChangeEntry> byField = updates.stream()
                .collect(Collectors.toMap(ChangeEntry::getFieldName, entry -> entry));
        assertEquals("draft", byField.get("text").getOldValue());
        assertEquals("final text", byField.get("text").getNewValue());
        assertEquals("false", byField.get("pinned").getOldValue());
        assertEquals("true", byField.get("pinned").getNewValue());
    }

    @Test
    @DisplayName("An edit from a stale version is rejected and changes nothing")
    void staleEditIsRejected() throws Exception {
        long customerId = freshCustomer("stale");
        Note note = as("salesA1", () -> notes.create(customerId, "original", false));
        as("managerA", () -> notes.update(note.getId(), note.getVersion(), "manager's change", false));

        as("salesA1", () -> assertThrows(StaleNoteException.class,
                () -> notes.update(note.getId(), note.getVersion(), "my change", false)));
        as("salesA1", () -> assertThrows(StaleNoteException.class,
                () -> notes.setPinned(note.getId(), note.getVersion(), true)));
        as("salesA1", () -> assertThrows(StaleNoteException.class,
                () -> notes.delete(note.getId(), note.getVersion())));

        Note current = as("salesA1", () -> notes.getVisible(note.getId()));
        assertEquals("manager's change", current.getText());
        assertFalse(current.isPinned());
    }

    @Test
    @DisplayName("Deleting moves the note to the recycle bin, and a Boss restores it")
    void deleteAndRestore() throws Exception {
        long customerId = freshCustomer("delete");
        Note note = as("salesA1", () -> notes.create(customerId, "Wrong customer, delete me\nsecond line", false));

        as("salesA1", () -> notes.delete(note.getId(), note.getVersion()));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> notes.getVisible(note.getId())));
        assertEquals(0L, (long) as("salesA1", () -> notes.count(customerId)));
        assertTrue(as("salesA1", () -> notes.findPage(customerId, 0, 10)).isEmpty());
        DeletedRecord entry = binEntry(BinRecordType.NOTE, note.getId());
        assertEquals("Wrong customer, delete me second line", entry.getLabel());
        assertEquals(customerId, entry.getCustomerId());
        assertEquals(team.login("salesA1"), entry.getDeletedBy());

        as("boss", () -> bin.restore(entry.getId()));

        assertEquals(List.of(note.getId()), as("salesA1", () -> ids(notes.findPage(customerId, 0, 10))));
        List<ChangeAction> actions = as("salesA1", () -> notes.history(note.getId())).stream()
                .map(ChangeEntry::getAction).distinct().toList();
        assertTrue(actions.containsAll(List.of(ChangeAction.CREATE, ChangeAction.DELETE, ChangeAction.RESTORE)),
                actions.toString());
    }

    @Test
    @DisplayName("Notes go to the bin with their customer and come back with it")
    void goneWithCustomer() throws Exception {
        long customerId = freshCustomer("with-customer");
        long kept = as("salesA1", () -> notes.create(customerId, "kept", false).getId());
        Note deletedBefore = as("salesA1", () -> notes.create(customerId, "deleted before", false));
        as("salesA1", () -> notes.delete(deletedBefore.getId(), deletedBefore.getVersion()));

        int customerVersion = as("salesA1", () -> customers.getVisible(customerId).getVersion());
        as("salesA1", () -> customerEdits.delete(customerId, customerVersion));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> notes.getVisible(kept)));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> notes.getVisible(kept)));
        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> notes.findPage(customerId, 0, 10)));
        as("salesA1", () -> assertThrows(RecordNotFoundException.class,
                () -> notes.create(customerId, "into the bin?", false)));

        long customerEntry = binEntry(BinRecordType.CUSTOMER, customerId).getId();
        as("boss", () -> bin.restore(customerEntry));

        assertEquals(List.of(kept), as("salesA1", () -> ids(notes.findPage(customerId, 0, 10))),
                "the note deleted on its own stays in the bin");
        assertEquals("kept", as("salesA1", () -> notes.getVisible(kept).getText()));
    }

    @Test
    @DisplayName("A note deleted on its own cannot come back while its customer is in the bin")
    void restoreNeedsCustomer() throws Exception {
        long customerId = freshCustomer("blocked");
        Note note = as("salesA1", () -> notes.create(customerId, "alone", false));
        as("salesA1", () -> notes.delete(note.getId(), note.getVersion()));
        DeletedRecord noteEntry = binEntry(BinRecordType.NOTE, note.getId());
        int customerVersion = as("salesA1", () -> customers.getVisible(customerId).getVersion());
        as("salesA1", () -> customerEdits.delete(customerId, customerVersion));

        as("boss", () -> assertThrows(org.xtoolscrm.audit.RestoreBlockedException.class,
                () -> bin.restore(noteEntry.getId())));

        long customerEntry = binEntry(BinRecordType.CUSTOMER, customerId).getId();
        as("boss", () -> bin.restore(customerEntry));
        as("boss", () -> bin.restore(noteEntry.getId()));
        assertEquals("alone", as("salesA1", () -> notes.getVisible(note.getId()).getText()));
    }

    private long freshCustomer(String name) throws Exception {
        return team.addCustomer(dataSource, "salesA1", team.prefix + "-" + name, "记事客户 " + team.prefix + " " + name);
    }

    private static List<Long> ids(List<NoteRow> rows) {
        return rows.stream().map(NoteRow::getId).toList();
    }

    private static String valueOf(List<ChangeEntry> history, String field) {
        return history.stream().filter(entry -> field.equals(entry.getFieldName())).findFirst()
                .map(ChangeEntry::getNewValue).orElse(null);
    }

    private DeletedRecord binEntry(BinRecordType type, long recordId) throws Exception {
        return as("boss", () -> bin.findPage(0, RecycleBinService.MAX_PAGE_SIZE)).stream()
                .filter(entry -> entry.getRecordType() == type && entry.getRecordId() == recordId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bin entry for " + type + " " + recordId));
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
