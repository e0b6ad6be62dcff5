package org.xtoolscrm.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
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
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.DeletedRecord;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.customer.CustomerEditService;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.service.AfterSalesProblem;
import org.xtoolscrm.service.InvalidAfterSalesException;
import org.xtoolscrm.service.ServiceRecord;
import org.xtoolscrm.service.ServiceRecordError;
import org.xtoolscrm.service.ServiceRecordFilter;
import org.xtoolscrm.service.ServiceRecordForm;
import org.xtoolscrm.service.ServiceRecordRow;
import org.xtoolscrm.service.ServiceRecordService;
import org.xtoolscrm.service.ServiceRecordSortField;
import org.xtoolscrm.service.StaleAfterSalesException;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Service records on a customer")
class ServiceRecordServiceTest {

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ServiceRecordServiceTest.class);
    }

    @EJB
    private ServiceRecordService records;

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
            team = TestTeam.create("sr" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Creating stores clean content, one-decimal hours, the caller as handler and the change log")
    void createStoresRecord() throws Exception {
        long customerId = freshCustomer();
        ServiceRecordForm form = form("  上门安装并完成联调。\r\n", "6.50");

        ServiceRecord record = as("salesA1", () -> records.create(customerId, form));
        List<ChangeEntry> history = as("salesA1", () -> records.history(record.getId()));

        assertEquals("上门安装并完成联调。", record.getContent());
        assertEquals(new BigDecimal("6.5"), record.getHours());
        assertEquals(team.login("salesA1"), record.getHandler().getLogin());
        assertEquals(today().minusDays(1), record.getServiceDate());
        assertNull(record.getContractId());
        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE), history.toString());
        assertEquals("6.5", valueOf(history, "hours"));
    }

    @Test
    @DisplayName("Every broken rule is reported with its field and nothing is stored")
    void invalidFormReportsEveryRule() throws Exception {
        long customerId = freshCustomer();
        ServiceRecordForm future = form("future", "1000");
        future.setDate(today().plusDays(1));
        future.setTypeCode("NO_SUCH_TYPE");
        ServiceRecordForm blank = form(" \n ", "1.25");
        ServiceRecordForm negative = form("negative", "-1");

        InvalidAfterSalesException futureError = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> records.create(customerId, future)));
        InvalidAfterSalesException blankError = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> records.create(customerId, blank)));
        InvalidAfterSalesException negativeError = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> records.create(customerId, negative)));

        assertEquals(List.of(ServiceRecordError.DATE_IN_FUTURE, ServiceRecordError.HOURS_TOO_LARGE,
                ServiceRecordError.TYPE_UNKNOWN), errors(futureError));
        assertEquals(List.of(today().toString()), futureError.getProblems().get(0).arguments());
        assertEquals("date", futureError.getProblems().get(0).field());
        assertEquals(List.of(ServiceRecordError.CONTENT_MISSING, ServiceRecordError.HOURS_TOO_PRECISE),
                errors(blankError));
        assertEquals(List.of(ServiceRecordError.HOURS_NEGATIVE), errors(negativeError));
        assertEquals(0L, (long) as("salesA1", () -> records.countForCustomer(customerId)));
    }

    @Test
    @DisplayName("A salesperson cannot name a colleague as handler, a Manager can name one of the team")
    void handlerRules() throws Exception {
        long customerId = freshCustomer();
        ServiceRecordForm form = form("handled by a colleague", "1");
        form.setHandlerId(team.users.get("salesA2").getId());

        InvalidAfterSalesException salesError = as("salesA1", () -> assertThrows(InvalidAfterSalesException.class,
                () -> records.create(customerId, form)));
        ServiceRecord byManager = as("managerA", () -> records.create(customerId, form));

        assertEquals(List.of(ServiceRecordError.HANDLER_NOT_ALLOWED), errors(salesError));
        assertEquals(team.login("salesA2"), byManager.getHandler().getLogin());
    }

    @Test
    @DisplayName("Editing saves the fields and logs old and new values; a stale edit is rejected")
    void editAndStaleEdit() throws Exception {
        long customerId = freshCustomer();
        ServiceRecord record = as("salesA1", () -> records.create(customerId, form("first visit", "2")));

        ServiceRecordForm edit = ServiceRecordForm.of(record);
        edit.setContent("first visit, with training");
        edit.setHours(new BigDecimal("3.5"));
        edit.setTypeCode("TRAINING");
        ServiceRecord edited = as("managerA", () -> records.update(record.getId(), record.getVersion(), edit));

        as("salesA1", () -> assertThrows(StaleAfterSalesException.class,
                () -> records.update(record.getId(), record.getVersion(), form("my change", "1"))));
        as("salesA1", () -> assertThrows(StaleAfterSalesException.class,
                () -> records.delete(record.getId(), record.getVersion())));

        ServiceRecord current = as("salesA1", () -> records.get(record.getId()));
        assertEquals("first visit, with training", current.getContent());
        assertEquals(new BigDecimal("3.5"), current.getHours());
        assertEquals("TRAINING", current.getTypeCode());
        assertEquals(record.getVersion() + 1, edited.getVersion());
        List<ChangeEntry> hourChanges = as("salesA1", () -> records.history(record.getId())).stream()
                .filter(entry -> entry.getAction() == ChangeAction.UPDATE && "hours".equals(entry.getFieldName()))
                .toList();
        assertEquals(1, hourChanges.size(), hourChanges.toString());
        assertEquals("2.0", hourChanges.get(0).getOldValue());
        assertEquals("3.5", hourChanges.get(0).getNewValue());
    }

    @Test
    @DisplayName("Deleting moves the record to the recycle bin, and the customer's deletion takes the rest along")
    void deleteAndRestore() throws Exception {
        long customerId = freshCustomer();
        ServiceRecord deleted = as("salesA1", () -> records.create(customerId, form("deleted alone", "1")));
        ServiceRecord kept = as("salesA1", () -> records.create(customerId, form("goes with the customer", "2")));

        as("salesA1", () -> records.delete(deleted.getId(), deleted.getVersion()));
        DeletedRecord entry = binEntry(BinRecordType.SERVICE_RECORD, deleted.getId());
        int customerVersion = as("salesA1", () -> customers.getVisible(customerId).getVersion());
        as("salesA1", () -> customerEdits.delete(customerId, customerVersion));

        as("boss", () -> assertThrows(RecordNotFoundException.class, () -> records.get(kept.getId())));
        long customerEntry = binEntry(BinRecordType.CUSTOMER, customerId).getId();
        as("boss", () -> bin.restore(customerEntry));

        List<Long> live = as("salesA1", () -> records.findPageForCustomer(customerId, ServiceRecordSortField.DATE,
                false, 0, 10)).stream().map(ServiceRecordRow::id).toList();
        assertEquals(List.of(kept.getId()), live, "the record deleted on its own stays in the bin");
        assertEquals(today().minusDays(1) + " · deleted alone", entry.getLabel());
        as("boss", () -> bin.restore(entry.getId()));
        assertEquals(2L, (long) as("salesA1", () -> records.countForCustomer(customerId)));
    }

    @Test
    @DisplayName("The list page filters by type, handler, dates and text, sorts by hours and sums them")
    void listFiltersSortsAndSums() throws Exception {
        String token = "flt" + team.prefix;
        long customerId = team.addCustomer(dataSource, "salesA1", team.prefix + "-filter", "Filter customer " + token);
        long salesA2 = team.users.get("salesA2").getId();

        long install = as("salesA1", () -> records.create(customerId, form(token + " install", "4")).getId());
        ServiceRecordForm trainingForm = form(token + " training", "1.5");
        trainingForm.setTypeCode("TRAINING");
        trainingForm.setDate(today().minusDays(10));
        long training = as("salesA1", () -> records.create(customerId, trainingForm).getId());
        ServiceRecordForm visitForm = form(token + " visit", null);
        visitForm.setHandlerId(salesA2);
        visitForm.setDate(today());
        long visit = as("managerA", () -> records.create(customerId, visitForm).getId());

        assertEquals(List.of(visit, install, training), ids(filter(token), ServiceRecordSortField.DATE, false));
        assertEquals(List.of(install, training, visit), ids(filter(token), ServiceRecordSortField.HOURS, false));
        assertEquals(List.of(training), ids(new ServiceRecordFilter("TRAINING", null, null, null, token),
                ServiceRecordSortField.DATE, false));
        assertEquals(List.of(visit), ids(new ServiceRecordFilter(null, salesA2, null, null, token),
                ServiceRecordSortField.DATE, false));
        assertEquals(List.of(training), ids(new ServiceRecordFilter(null, null, today().minusDays(11),
                today().minusDays(9), token), ServiceRecordSortField.DATE, false));
        assertEquals(List.of(install), ids(filter(token + " inst"), ServiceRecordSortField.DATE, false));
        assertEquals(0, new BigDecimal("5.5").compareTo(as("salesA1", () -> records.totalHours(filter(token)))));
        assertEquals(0, new BigDecimal("5.5").compareTo(as("salesA1", () -> records.totalHoursForCustomer(customerId))));
        assertEquals(3L, (long) as("salesA1", () -> records.count(filter("filter customer " + token))));
    }

    private List<Long> ids(ServiceRecordFilter filter, ServiceRecordSortField sort, boolean ascending)
            throws Exception {
        return as("salesA1", () -> records.findPage(filter, sort, ascending, 0, 50)).stream()
                .map(ServiceRecordRow::id).toList();
    }

    private static ServiceRecordFilter filter(String search) {
        return new ServiceRecordFilter(null, null, null, null, search);
    }

    private long freshCustomer() throws Exception {
        int number = ++sequence;
        return team.addCustomer(dataSource, "salesA1", team.prefix + "-s" + number,
                "Service customer " + team.prefix + " " + number);
    }

    private static ServiceRecordForm form(String content, String hours) {
        ServiceRecordForm form = new ServiceRecordForm();
        form.setDate(today().minusDays(1));
        form.setTypeCode("INSTALLATION");
        form.setContent(content);
        form.setHours(hours == null ? null : new BigDecimal(hours));
        return form;
    }

    private static List<Object> errors(InvalidAfterSalesException e) {
        return e.getProblems().stream().map(AfterSalesProblem::error).map(Object.class::cast).toList();
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

    private static LocalDate today() {
        return CompanyCalendar.current().today();
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
