package org.xtoolscrm.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.dictionary.InvalidDictionaryOptionException;
import org.xtoolscrm.dictionary.NewOption;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.service.AfterSalesProblem;
import org.xtoolscrm.service.Complaint;
import org.xtoolscrm.service.ComplaintError;
import org.xtoolscrm.service.ComplaintFilter;
import org.xtoolscrm.service.ComplaintForm;
import org.xtoolscrm.service.ComplaintRow;
import org.xtoolscrm.service.ComplaintService;
import org.xtoolscrm.service.ComplaintSortField;
import org.xtoolscrm.service.ComplaintStatus;
import org.xtoolscrm.service.ComplaintUrgency;
import org.xtoolscrm.service.InvalidAfterSalesException;
import org.xtoolscrm.service.StaleAfterSalesException;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Complaints on a customer")
class ComplaintServiceTest {

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ComplaintServiceTest.class);
    }

    @EJB
    private ComplaintService complaints;

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerEditService customerEdits;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private DictionaryService dictionary;

    @EJB
    private RecycleBinService bin;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("cp" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Creating stores clean fields, the caller as handler and the change log")
    void createStoresComplaint() throws Exception {
        long customerId = freshCustomer();
        ComplaintForm form = form("\r\n  扫码枪上传后数据丢失。\r\n影响发货  \n");
        form.setTypeCode(" LATE_DELIVERY ");
        LocalDateTime received = LocalDateTime.now(zone()).minusHours(3).withSecond(0).withNano(0);
        form.setReceived(received);

        Complaint complaint = as("salesA1", () -> complaints.create(customerId, form));
        List<ChangeEntry> history = as("salesA1", () -> complaints.history(complaint.getId()));

        assertEquals("扫码枪上传后数据丢失。\n影响发货", complaint.getDescription());
        assertEquals("LATE_DELIVERY", complaint.getTypeCode());
        assertEquals(team.login("salesA1"), complaint.getHandler().getLogin());
        assertEquals(ComplaintStatus.OPEN, complaint.getStatus());
        assertEquals(received.atZone(zone()).toInstant(), complaint.getReceivedAt());
        assertNull(complaint.getResolvedAt());
        assertNull(complaint.getContractId());
        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE), history.toString());
        assertEquals("扫码枪上传后数据丢失。\n影响发货", valueOf(history, "description"));
        assertEquals(team.login("salesA1"), valueOf(history, "handler"));
    }

    @Test
    @DisplayName("A form with several broken rules reports each of them and stores nothing")
    void invalidFormReportsEveryRule() throws Exception {
        long customerId = freshCustomer();
        ComplaintForm form = new ComplaintForm();
        form.setDescription(" \n ");
        form.setStatus(ComplaintStatus.RESOLVED);
        form.setSatisfaction(9);
        form.setTypeCode(null);

        InvalidAfterSalesException e = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> complaints.create(customerId, form)));

        assertEquals(List.of(ComplaintError.RECEIVED_MISSING, ComplaintError.TYPE_MISSING,
                        ComplaintError.DESCRIPTION_MISSING, ComplaintError.RESOLUTION_MISSING,
                        ComplaintError.SATISFACTION_OUT_OF_RANGE),
                e.getProblems().stream().map(AfterSalesProblem::error).toList());
        assertEquals("received", e.getProblems().get(0).field());
        assertEquals(0L, (long) as("salesA1", () -> complaints.countForCustomer(customerId)));
    }

    @Test
    @DisplayName("A time received in the future and an unknown type are rejected")
    void futureTimeAndUnknownType() throws Exception {
        long customerId = freshCustomer();
        ComplaintForm form = form("future");
        form.setReceived(LocalDateTime.now(zone()).plusDays(1));
        form.setTypeCode("NO_SUCH_TYPE");

        InvalidAfterSalesException e = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> complaints.create(customerId, form)));

        assertTrue(e.has(ComplaintError.RECEIVED_IN_FUTURE), e.getProblems().toString());
        assertTrue(e.has(ComplaintError.TYPE_UNKNOWN), e.getProblems().toString());
        AfterSalesProblem unknown = e.getProblems().stream()
                .filter(problem -> problem.error() == ComplaintError.TYPE_UNKNOWN).findFirst().orElseThrow();
        assertEquals(List.of("NO_SUCH_TYPE"), unknown.arguments());
    }

    @Test
    @DisplayName("Resolving sets the time resolved, closing keeps it and reopening clears it")
    void resolutionLifecycle() throws Exception {
        long customerId = freshCustomer();
        Complaint created = as("salesA1", () -> complaints.create(customerId, form("lifecycle")));
        Instant beforeResolve = Instant.now();

        ComplaintForm resolve = as("salesA1", () -> ComplaintForm.of(complaints.get(created.getId()), zone()));
        resolve.setStatus(ComplaintStatus.RESOLVED);
        resolve.setResolution("Replaced the scanner");
        resolve.setSatisfaction(4);
        Complaint resolved = as("salesA1", () -> complaints.update(created.getId(), created.getVersion(), resolve));
        Instant resolvedAt = resolved.getResolvedAt();

        ComplaintForm close = ComplaintForm.of(resolved, zone());
        close.setStatus(ComplaintStatus.CLOSED);
        Complaint closed = as("salesA1", () -> complaints.update(created.getId(), resolved.getVersion(), close));

        ComplaintForm reopen = ComplaintForm.of(closed, zone());
        reopen.setStatus(ComplaintStatus.PROCESSING);
        reopen.setSatisfaction(null);
        Complaint reopened = as("salesA1", () -> complaints.update(created.getId(), closed.getVersion(), reopen));

        assertNotNull(resolvedAt);
        assertFalse(resolvedAt.isBefore(beforeResolve.minusSeconds(1)), resolvedAt + " before " + beforeResolve);
        assertEquals(4, resolved.getSatisfaction());
        assertEquals(resolvedAt, closed.getResolvedAt());
        assertEquals(ComplaintStatus.CLOSED, closed.getStatus());
        assertNull(reopened.getResolvedAt());
        assertEquals("Replaced the scanner", reopened.getResolution());
        List<ChangeEntry> statusChanges = as("salesA1", () -> complaints.history(created.getId())).stream()
                .filter(entry -> entry.getAction() == ChangeAction.UPDATE && "status".equals(entry.getFieldName()))
                .toList();
        assertEquals(3, statusChanges.size(), statusChanges.toString());
    }

    @Test
    @DisplayName("Satisfaction before resolving and a resolved complaint without resolution are rejected")
    void resolutionRules() throws Exception {
        long customerId = freshCustomer();
        ComplaintForm early = form("early");
        early.setSatisfaction(5);
        ComplaintForm bare = form("bare");
        bare.setStatus(ComplaintStatus.CLOSED);

        InvalidAfterSalesException earlyError = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> complaints.create(customerId, early)));
        InvalidAfterSalesException bareError = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> complaints.create(customerId, bare)));

        assertTrue(earlyError.has(ComplaintError.SATISFACTION_BEFORE_RESOLVED), earlyError.getProblems().toString());
        assertTrue(bareError.has(ComplaintError.RESOLUTION_MISSING), bareError.getProblems().toString());
    }

    @Test
    @DisplayName("Handlers: a salesperson handles their own, a Manager assigns within the team")
    void handlerRules() throws Exception {
        long customerId = freshCustomer();
        long salesA2 = team.users.get("salesA2").getId();
        long salesB1 = team.users.get("salesB1").getId();

        ComplaintForm bySales = form("sales picks a colleague");
        bySales.setHandlerId(salesA2);
        InvalidAfterSalesException salesError = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> complaints.create(customerId, bySales)));

        ComplaintForm toTeam = form("manager assigns");
        toTeam.setHandlerId(salesA2);
        Complaint assigned = as("managerA", () -> complaints.create(customerId, toTeam));

        ComplaintForm toOtherTeam = form("manager assigns outside");
        toOtherTeam.setHandlerId(salesB1);
        InvalidAfterSalesException managerError = as("managerA", () -> assertThrows(InvalidAfterSalesException.class,
                () -> complaints.create(customerId, toOtherTeam)));

        ComplaintForm byBoss = form("boss assigns");
        byBoss.setHandlerId(salesB1);
        Complaint bossAssigned = as("boss", () -> complaints.create(customerId, byBoss));

        assertTrue(salesError.has(ComplaintError.HANDLER_NOT_ALLOWED), salesError.getProblems().toString());
        assertEquals("handler", salesError.getProblems().get(0).field());
        assertEquals(team.login("salesA2"), assigned.getHandler().getLogin());
        assertTrue(managerError.has(ComplaintError.HANDLER_NOT_ALLOWED), managerError.getProblems().toString());
        assertEquals(team.login("salesB1"), bossAssigned.getHandler().getLogin());
    }

    @Test
    @DisplayName("A user with a share edits a complaint and keeps its handler from outside their scope")
    void shareKeepsHandler() throws Exception {
        long customerId = freshCustomer();
        long salesDirect = team.users.get("salesDirect").getId();
        as("salesA1", () -> sharing.share(customerId, List.of(salesDirect)));
        Complaint complaint = as("salesA1", () -> complaints.create(customerId, form("shared")));

        ComplaintForm edit = ComplaintForm.of(complaint, zone());
        edit.setUrgency(ComplaintUrgency.URGENT);
        Complaint edited = as("salesDirect", () -> complaints.update(complaint.getId(), complaint.getVersion(), edit));

        assertEquals(ComplaintUrgency.URGENT, edited.getUrgency());
        assertEquals(team.login("salesA1"), edited.getHandler().getLogin());
    }

    @Test
    @DisplayName("An edit or delete from a stale version is rejected and changes nothing")
    void staleEditIsRejected() throws Exception {
        long customerId = freshCustomer();
        Complaint complaint = as("salesA1", () -> complaints.create(customerId, form("original")));
        as("managerA", () -> complaints.update(complaint.getId(), complaint.getVersion(), form("manager's change")));

        as("salesA1", () -> assertThrows(StaleAfterSalesException.class,
                () -> complaints.update(complaint.getId(), complaint.getVersion(), form("my change"))));
        as("salesA1", () -> assertThrows(StaleAfterSalesException.class,
                () -> complaints.delete(complaint.getId(), complaint.getVersion())));

        assertEquals("manager's change", as("salesA1", () -> complaints.get(complaint.getId()).getDescription()));
        assertEquals(1L, (long) as("salesA1", () -> complaints.countForCustomer(customerId)));
    }

    @Test
    @DisplayName("Deleting moves the complaint to the recycle bin, and a Boss restores it")
    void deleteAndRestore() throws Exception {
        long customerId = freshCustomer();
        Complaint complaint = as("salesA1", () -> complaints.create(customerId, form("Wrong customer\nsecond line")));

        as("salesA1", () -> complaints.delete(complaint.getId(), complaint.getVersion()));

        as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> complaints.get(complaint.getId())));
        assertEquals(0L, (long) as("salesA1", () -> complaints.countForCustomer(customerId)));
        DeletedRecord entry = binEntry(BinRecordType.COMPLAINT, complaint.getId());
        assertEquals("Wrong customer second line", entry.getLabel());
        assertEquals(customerId, entry.getCustomerId());

        as("boss", () -> bin.restore(entry.getId()));

        assertEquals("Wrong customer\nsecond line",
                as("salesA1", () -> complaints.get(complaint.getId()).getDescription()));
        List<ChangeAction> actions = as("salesA1", () -> complaints.history(complaint.getId())).stream()
                .map(ChangeEntry::getAction).toList();
        assertTrue(actions.contains(ChangeAction.DELETE), actions.toString());
        assertTrue(actions.contains(ChangeAction.RESTORE), actions.toString());
    }

    @Test
    @DisplayName("Deleting the customer takes its complaints along, and restoring brings them back")
    void customerDeleteTakesComplaints() throws Exception {
        long customerId = freshCustomer();
        String description = "goes with the customer " + team.prefix;
        Complaint complaint = as("salesA1", () -> complaints.create(customerId, form(description)));
        ComplaintFilter filter = new ComplaintFilter(null, null, null, null, null, null, description);
        long before = as("boss", () -> complaints.count(filter));
        int customerVersion = as("salesA1", () -> customers.getVisible(customerId).getVersion());

        as("salesA1", () -> customerEdits.delete(customerId, customerVersion));

        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> complaints.get(complaint.getId())));
        assertEquals(1L, before);
        assertEquals(0L, (long) as("boss", () -> complaints.count(filter)));

        long customerEntry = binEntry(BinRecordType.CUSTOMER, customerId).getId();
        as("boss", () -> bin.restore(customerEntry));

        assertEquals(complaint.getId(), as("salesA1", () -> complaints.get(complaint.getId()).getId()));
        assertEquals(1L, (long) as("boss", () -> complaints.count(filter)));
    }

    @Test
    @DisplayName("A complaint type in use cannot be deleted, and a disabled one stays on its complaints")
    void dictionaryOptionInUse() throws Exception {
        String code = ("T" + team.prefix).toUpperCase().replaceAll("[^A-Z0-9_]", "_");
        DictionaryOption option = as("boss", () -> dictionary.add(new NewOption(DictionaryList.COMPLAINT_TYPE, code,
                "测试类型 " + team.prefix, "Test type " + team.prefix, 900, null)));
        long customerId = freshCustomer();
        ComplaintForm form = form("uses the new type");
        form.setTypeCode(code);
        Complaint complaint = as("salesA1", () -> complaints.create(customerId, form));

        assertTrue(as("boss", () -> dictionary.isInUse(dictionary.get(option.getId()))));
        as("boss", () -> assertThrows(InvalidDictionaryOptionException.class, () -> dictionary.delete(option.getId())));

        as("boss", () -> dictionary.disable(option.getId()));
        ComplaintForm edit = ComplaintForm.of(complaint, zone());
        edit.setUrgency(ComplaintUrgency.LOW);
        Complaint edited = as("salesA1", () -> complaints.update(complaint.getId(), complaint.getVersion(), edit));
        InvalidAfterSalesException newOne = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> complaints.create(customerId, form)));

        assertEquals(code, edited.getTypeCode());
        assertTrue(newOne.has(ComplaintError.TYPE_UNKNOWN), newOne.getProblems().toString());
    }

    @Test
    @DisplayName("The list page filters by status, urgency, type, handler, dates and text, and sorts by urgency")
    void listFiltersAndSorts() throws Exception {
        String token = "flt" + team.prefix;
        long customerId = team.addCustomer(dataSource, "salesA1", team.prefix + "-filter", "Filter customer " + token);
        long salesA2 = team.users.get("salesA2").getId();
        LocalDateTime now = LocalDateTime.now(zone());

        ComplaintForm urgentForm = form(token + " urgent");
        urgentForm.setUrgency(ComplaintUrgency.URGENT);
        long urgent = as("salesA1", () -> complaints.create(customerId, urgentForm).getId());
        ComplaintForm lowForm = form(token + " low, last week");
        lowForm.setUrgency(ComplaintUrgency.LOW);
        lowForm.setTypeCode("BILLING");
        lowForm.setReceived(now.minusDays(7));
        long low = as("salesA1", () -> complaints.create(customerId, lowForm).getId());
        ComplaintForm closedForm = form(token + " closed");
        closedForm.setStatus(ComplaintStatus.CLOSED);
        closedForm.setResolution("done");
        closedForm.setHandlerId(salesA2);
        long closed = as("managerA", () -> complaints.create(customerId, closedForm).getId());

        assertEquals(List.of(urgent, closed, low), ids("salesA1", filter(token), ComplaintSortField.URGENCY, false));
        assertEquals(List.of(low, closed, urgent), ids("salesA1", filter(token), ComplaintSortField.URGENCY, true));
        assertEquals(List.of(urgent, low), ids("salesA1", new ComplaintFilter(
                Set.of(ComplaintStatus.OPEN, ComplaintStatus.PROCESSING), null, null, null, null, null, token),
                ComplaintSortField.RECEIVED, false));
        assertEquals(List.of(urgent), ids("salesA1", new ComplaintFilter(null, ComplaintUrgency.URGENT, null, null,
                null, null, token), ComplaintSortField.RECEIVED, false));
        assertEquals(List.of(low), ids("salesA1", new ComplaintFilter(null, null, "BILLING", null, null, null, token),
                ComplaintSortField.RECEIVED, false));
        assertEquals(List.of(closed), ids("managerA", new ComplaintFilter(null, null, null, salesA2, null, null,
                token), ComplaintSortField.RECEIVED, false));
        LocalDate today = now.toLocalDate();
        assertEquals(List.of(low), ids("salesA1", new ComplaintFilter(null, null, null, null, today.minusDays(8),
                today.minusDays(6), token), ComplaintSortField.RECEIVED, false));
        assertEquals(2L, (long) as("salesA1", () -> complaints.count(new ComplaintFilter(null, null, null, null,
                today.minusDays(1), today, token))));
        assertEquals(List.of(urgent), ids("salesA1", filter(token + " urg"), ComplaintSortField.RECEIVED, false));
        assertEquals(3L, (long) as("salesA1", () -> complaints.count(filter("filter customer " + token))),
                "the search matches the customer's name too");
        ComplaintRow urgentRow = as("salesA1", () -> complaints.findPage(filter(token + " urgent"),
                ComplaintSortField.RECEIVED, false, 0, 5)).get(0);
        assertTrue(urgentRow.urgentOpen());
    }

    private List<Long> ids(String role, ComplaintFilter filter, ComplaintSortField sort, boolean ascending)
            throws Exception {
        return as(role, () -> complaints.findPage(filter, sort, ascending, 0, 50)).stream()
                .map(ComplaintRow::id).toList();
    }

    private static ComplaintFilter filter(String search) {
        return new ComplaintFilter(null, null, null, null, null, null, search);
    }

    private long freshCustomer() throws Exception {
        int number = ++sequence;
        return team.addCustomer(dataSource, "salesA1", team.prefix + "-c" + number,
                "After-sales " + team.prefix + " " + number);
    }

    private static ComplaintForm form(String description) {
        ComplaintForm form = new ComplaintForm();
        form.setTypeCode("PRODUCT_QUALITY");
        form.setUrgency(ComplaintUrgency.NORMAL);
        form.setStatus(ComplaintStatus.OPEN);
        form.setDescription(description);
        form.setReceived(LocalDateTime.now(zone()).minusHours(1));
        return form;
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

    private static ZoneId zone() {
        return CompanyCalendar.current().zone();
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
