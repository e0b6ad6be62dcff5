package org.xtoolscrm.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.service.Complaint;
import org.xtoolscrm.service.ComplaintFilter;
import org.xtoolscrm.service.ComplaintForm;
import org.xtoolscrm.service.ComplaintRow;
import org.xtoolscrm.service.ComplaintService;
import org.xtoolscrm.service.ComplaintSortField;
import org.xtoolscrm.service.ComplaintStatus;
import org.xtoolscrm.service.ComplaintUrgency;
import org.xtoolscrm.service.ServiceRecord;
import org.xtoolscrm.service.ServiceRecordFilter;
import org.xtoolscrm.service.ServiceRecordForm;
import org.xtoolscrm.service.ServiceRecordRow;
import org.xtoolscrm.service.ServiceRecordService;
import org.xtoolscrm.service.ServiceRecordSortField;

/**
 * Who reaches the complaints and service records of one customer, owned by salesA1 and
 * shared with salesDirect, through each way in: the customer's tab list, the list page
 * query, a record by id, editing and deleting. A record is visible exactly when its
 * customer is, and a share gives read and write. Every case works on a fresh customer.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("After-sales access matrix")
class AfterSalesAccessMatrixTest {

    /** Whether each role sees the customer, and so reads and writes its after-sales records. */
    private static final Map<String, Boolean> ACCESS = new LinkedHashMap<>();

    static {
        ACCESS.put("boss", true);
        ACCESS.put("managerA", true);
        ACCESS.put("managerB", false);
        ACCESS.put("salesA1", true);
        ACCESS.put("salesA2", false);
        ACCESS.put("salesB1", false);
        ACCESS.put("salesDirect", true);
    }

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AfterSalesAccessMatrixTest.class);
    }

    @EJB
    private ComplaintService complaints;

    @EJB
    private ServiceRecordService records;

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
    @DisplayName("Customer tab lists complaints to exactly the right roles")
    void complaintTab() throws Exception {
        long customerId = sharedCustomer();
        long id = as("salesA1", () -> complaints.create(customerId, complaintForm("tab")).getId());

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                List<Long> ids = as(role, () -> complaints.findPageForCustomer(customerId, ComplaintSortField.RECEIVED,
                        false, 0, 10)).stream().map(ComplaintRow::id).toList();
                assertEquals(List.of(id), ids, "tab as " + role);
                assertEquals(1L, (long) as(role, () -> complaints.countForCustomer(customerId)), "count as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> complaints.findPageForCustomer(
                        customerId, ComplaintSortField.RECEIVED, false, 0, 10), "tab as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> complaints.countForCustomer(customerId), "count as " + role));
            }
        }
    }

    @Test
    @DisplayName("List page shows complaints to exactly the right roles")
    void complaintListPage() throws Exception {
        long customerId = sharedCustomer();
        String token = team.prefix + "-list-" + sequence;
        long id = as("salesA1", () -> complaints.create(customerId, complaintForm(token)).getId());
        ComplaintFilter filter = new ComplaintFilter(null, null, null, null, null, null, token);

        for (String role : ACCESS.keySet()) {
            List<Long> ids = as(role, () -> complaints.findPage(filter, ComplaintSortField.RECEIVED, false, 0, 50))
                    .stream().map(ComplaintRow::id).toList();
            long count = as(role, () -> complaints.count(filter));
            assertEquals(ACCESS.get(role) ? List.of(id) : List.of(), ids, "list as " + role);
            assertEquals(ACCESS.get(role) ? 1L : 0L, count, "count as " + role);
        }
    }

    @Test
    @DisplayName("A complaint by id and its history open for exactly the right roles")
    void complaintById() throws Exception {
        long customerId = sharedCustomer();
        long id = as("salesA1", () -> complaints.create(customerId, complaintForm("by id")).getId());

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                assertEquals("by id", as(role, () -> complaints.get(id).getDescription()), "get as " + role);
                assertFalse(as(role, () -> complaints.history(id)).isEmpty(), "history as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> complaints.get(id), "get as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> complaints.history(id),
                        "history as " + role));
            }
        }
    }

    @Test
    @DisplayName("Recording a complaint works for exactly the right roles")
    void complaintCreate() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            if (ACCESS.get(role)) {
                Complaint created = as(role, () -> complaints.create(customerId, complaintForm("by " + role)));
                assertEquals(team.login(role), created.getHandler().getLogin(), "handler as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> complaints.create(customerId, complaintForm("by " + role)), "create as " + role));
            }
            assertEquals(ACCESS.get(role) ? 1L : 0L, (long) as("salesA1", () -> complaints.countForCustomer(customerId)),
                    "complaints after create as " + role);
        }
    }

    @Test
    @DisplayName("Editing a complaint by id works for exactly the right roles")
    void complaintUpdate() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            Complaint complaint = as("salesA1", () -> complaints.create(customerId, complaintForm("original")));
            ComplaintForm edit = complaintForm("edited by " + role);
            if (ACCESS.get(role)) {
                as(role, () -> complaints.update(complaint.getId(), complaint.getVersion(), edit));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> complaints.update(complaint.getId(), complaint.getVersion(), edit), "edit as " + role));
            }
            String description = as("salesA1", () -> complaints.get(complaint.getId()).getDescription());
            assertEquals(ACCESS.get(role) ? "edited by " + role : "original", description, "description as " + role);
        }
    }

    @Test
    @DisplayName("Deleting a complaint by id works for exactly the right roles")
    void complaintDelete() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            Complaint complaint = as("salesA1", () -> complaints.create(customerId, complaintForm("to delete")));
            if (ACCESS.get(role)) {
                as(role, () -> complaints.delete(complaint.getId(), complaint.getVersion()));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> complaints.delete(complaint.getId(), complaint.getVersion()), "delete as " + role));
            }
            assertEquals(ACCESS.get(role) ? 0L : 1L, (long) as("salesA1", () -> complaints.countForCustomer(customerId)),
                    "complaints after delete as " + role);
        }
    }

    @Test
    @DisplayName("Customer tab lists service records to exactly the right roles")
    void recordTab() throws Exception {
        long customerId = sharedCustomer();
        long id = as("salesA1", () -> records.create(customerId, recordForm("tab")).getId());

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                List<Long> ids = as(role, () -> records.findPageForCustomer(customerId, ServiceRecordSortField.DATE,
                        false, 0, 10)).stream().map(ServiceRecordRow::id).toList();
                assertEquals(List.of(id), ids, "tab as " + role);
                assertEquals(1L, (long) as(role, () -> records.countForCustomer(customerId)), "count as " + role);
                BigDecimal hours = as(role, () -> records.totalHoursForCustomer(customerId));
                assertEquals(0, new BigDecimal("2.5").compareTo(hours), "hours as " + role + ": " + hours);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> records.findPageForCustomer(
                        customerId, ServiceRecordSortField.DATE, false, 0, 10), "tab as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> records.countForCustomer(customerId), "count as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> records.totalHoursForCustomer(customerId), "hours as " + role));
            }
        }
    }

    @Test
    @DisplayName("List page shows service records to exactly the right roles")
    void recordListPage() throws Exception {
        long customerId = sharedCustomer();
        String token = team.prefix + "-records-" + sequence;
        long id = as("salesA1", () -> records.create(customerId, recordForm(token)).getId());
        ServiceRecordFilter filter = new ServiceRecordFilter(null, null, null, null, token);

        for (String role : ACCESS.keySet()) {
            List<Long> ids = as(role, () -> records.findPage(filter, ServiceRecordSortField.DATE, false, 0, 50))
                    .stream().map(ServiceRecordRow::id).toList();
            assertEquals(ACCESS.get(role) ? List.of(id) : List.of(), ids, "list as " + role);
            assertEquals(ACCESS.get(role) ? 1L : 0L, (long) as(role, () -> records.count(filter)), "count as " + role);
            BigDecimal hours = as(role, () -> records.totalHours(filter));
            assertEquals(0, (ACCESS.get(role) ? new BigDecimal("2.5") : BigDecimal.ZERO).compareTo(hours),
                    "hours as " + role);
        }
    }

    @Test
    @DisplayName("A service record by id and its history open for exactly the right roles")
    void recordById() throws Exception {
        long customerId = sharedCustomer();
        long id = as("salesA1", () -> records.create(customerId, recordForm("by id")).getId());

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                assertEquals("by id", as(role, () -> records.get(id).getContent()), "get as " + role);
                assertFalse(as(role, () -> records.history(id)).isEmpty(), "history as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> records.get(id), "get as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> records.history(id),
                        "history as " + role));
            }
        }
    }

    @Test
    @DisplayName("Editing a service record by id works for exactly the right roles")
    void recordUpdate() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            ServiceRecord record = as("salesA1", () -> records.create(customerId, recordForm("original")));
            ServiceRecordForm edit = recordForm("edited by " + role);
            if (ACCESS.get(role)) {
                as(role, () -> records.update(record.getId(), record.getVersion(), edit));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> records.update(record.getId(), record.getVersion(), edit), "edit as " + role));
            }
            String content = as("salesA1", () -> records.get(record.getId()).getContent());
            assertEquals(ACCESS.get(role) ? "edited by " + role : "original", content, "content as " + role);
        }
    }

    @Test
    @DisplayName("Deleting a service record by id works for exactly the right roles")
    void recordDelete() throws Exception {
        for (String role : ACCESS.keySet()) {
            long customerId = sharedCustomer();
            ServiceRecord record = as("salesA1", () -> records.create(customerId, recordForm("to delete")));
            if (ACCESS.get(role)) {
                as(role, () -> records.delete(record.getId(), record.getVersion()));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> records.delete(record.getId(), record.getVersion()), "delete as " + role));
            }
            assertEquals(ACCESS.get(role) ? 0L : 1L, (long) as("salesA1", () -> records.countForCustomer(customerId)),
                    "records after delete as " + role);
        }
    }

    /** Creates a customer of salesA1 shared with salesDirect by its owner. */
    private long sharedCustomer() throws Exception {
        int number = ++sequence;
        long id = team.addCustomer(dataSource, "salesA1", team.prefix + "-a" + number,
                String.format("After-sales matrix %s %03d", team.prefix, number));
        long salesDirect = team.users.get("salesDirect").getId();
        as("salesA1", () -> sharing.share(id, List.of(salesDirect)));
        return id;
    }

    private static ComplaintForm complaintForm(String description) {
        ComplaintForm form = new ComplaintForm();
        form.setTypeCode("PRODUCT_QUALITY");
        form.setUrgency(ComplaintUrgency.HIGH);
        form.setStatus(ComplaintStatus.OPEN);
        form.setDescription(description);
        form.setReceived(LocalDateTime.now(zone()).minusHours(2));
        return form;
    }

    private static ServiceRecordForm recordForm(String content) {
        ServiceRecordForm form = new ServiceRecordForm();
        form.setDate(LocalDate.now(zone()));
        form.setTypeCode("MAINTENANCE");
        form.setContent(content);
        form.setHours(new BigDecimal("2.5"));
        return form;
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
