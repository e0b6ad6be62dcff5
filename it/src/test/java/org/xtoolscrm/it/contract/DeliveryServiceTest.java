package org.xtoolscrm.it.contract;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xtoolscrm.it.contract.ContractLineFixtures.contract;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.RecycleBinService;
import org.xtoolscrm.contract.Contract;
import org.xtoolscrm.contract.ContractError;
import org.xtoolscrm.contract.ContractProblem;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.Delivery;
import org.xtoolscrm.contract.DeliveryForm;
import org.xtoolscrm.contract.DeliveryRow;
import org.xtoolscrm.contract.DeliveryService;
import org.xtoolscrm.contract.DeliveryStatus;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * Deliveries on the real server and database: stored as cleaned, listed by date, checked,
 * protected against stale edits, logged and moved to the recycle bin.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Deliveries of a contract")
class DeliveryServiceTest {

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return ContractLineFixtures.deployment(DeliveryServiceTest.class);
    }

    @EJB
    private DeliveryService deliveries;

    @EJB
    private ContractService contracts;

    @EJB
    private RecycleBinService bin;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("dl" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Deliveries are stored cleaned and listed latest first")
    void createAndList() throws Exception {
        Contract contract = freshContract("list");
        DeliveryForm shipped = new DeliveryForm(CompanyCalendar.current().today().minusDays(3), "  2 servers\n1 rack  ",
                DeliveryStatus.SHIPPED);
        shipped.setReceiverName(" 王芳 ");
        shipped.setReceiverPhone("138 0013 8000");
        shipped.setTracking(" SF1234567890 ");
        DeliveryForm planned = new DeliveryForm(CompanyCalendar.current().today().plusDays(7), "Training", DeliveryStatus.PLANNED);

        Delivery first = asOwner(() -> deliveries.create(contract.getId(), shipped));
        Delivery second = asOwner(() -> deliveries.create(contract.getId(), planned));
        List<DeliveryRow> rows = asOwner(() -> deliveries.list(contract.getId()));

        assertEquals(List.of(second.getId(), first.getId()), rows.stream().map(DeliveryRow::id).toList());
        assertEquals("2 servers\n1 rack", rows.get(1).items());
        assertEquals("王芳", rows.get(1).receiverName());
        assertEquals("SF1234567890", rows.get(1).tracking());
        assertEquals(DeliveryStatus.PLANNED, rows.get(0).status());
    }

    @Test
    @DisplayName("Invalid fields are each reported and nothing is stored")
    void validation() throws Exception {
        Contract contract = freshContract("validation");
        DeliveryForm form = new DeliveryForm(CompanyCalendar.current().today().plusDays(1), " ", DeliveryStatus.DELIVERED);
        form.setReceiverPhone("abc");

        InvalidContractException e = asOwner(() -> assertThrows(InvalidContractException.class,
                () -> deliveries.create(contract.getId(), form)));

        assertEquals(List.of(
                ContractProblem.of(ContractError.DELIVERY_DATE_IN_FUTURE, CompanyCalendar.current().today().toString()),
                ContractProblem.of(ContractError.DELIVERY_ITEMS_MISSING),
                ContractProblem.of(ContractError.DELIVERY_PHONE_INVALID, "abc")), e.getProblems());
        assertEquals(List.of(), asOwner(() -> deliveries.list(contract.getId())));
    }

    @Test
    @DisplayName("An edit is logged; one over an older version is rejected")
    void editAndStaleEdit() throws Exception {
        Contract contract = freshContract("stale");
        Delivery created = asOwner(() -> deliveries.create(contract.getId(),
                new DeliveryForm(CompanyCalendar.current().today(), "Rack", DeliveryStatus.SHIPPED)));
        Delivery delivered = asOwner(() -> deliveries.update(created.getId(), created.getVersion(),
                new DeliveryForm(CompanyCalendar.current().today(), "Rack", DeliveryStatus.DELIVERED)));

        asOwner(() -> assertThrows(StaleContractException.class, () -> deliveries.update(created.getId(),
                created.getVersion(), new DeliveryForm(CompanyCalendar.current().today(), "Rack", DeliveryStatus.RETURNED))));
        asOwner(() -> assertThrows(StaleContractException.class,
                () -> deliveries.delete(created.getId(), created.getVersion())));
        List<ChangeEntry> history = asOwner(() -> deliveries.history(created.getId()));

        assertEquals(DeliveryStatus.DELIVERED, asOwner(() -> deliveries.get(created.getId()).getStatus()));
        assertTrue(delivered.getVersion() > created.getVersion());
        assertTrue(history.stream().anyMatch(entry -> "status".equals(entry.getFieldName())
                && "SHIPPED".equals(entry.getOldValue()) && "DELIVERED".equals(entry.getNewValue())));
    }

    @Test
    @DisplayName("Deleting moves the delivery to the recycle bin, and a restore brings it back")
    void deleteToBin() throws Exception {
        Contract contract = freshContract("delete");
        Delivery created = asOwner(() -> deliveries.create(contract.getId(),
                new DeliveryForm(CompanyCalendar.current().today(), "Cables", DeliveryStatus.DELIVERED)));

        asOwner(() -> deliveries.delete(created.getId(), created.getVersion()));
        asOwner(() -> assertThrows(RecordNotFoundException.class, () -> deliveries.get(created.getId())));
        assertEquals(List.of(), asOwner(() -> deliveries.list(contract.getId())));
        asBoss(() -> {
            long entry = bin.findPage(0, 50).stream()
                    .filter(d -> d.getRecordId() == created.getId() && "Delivery".equals(d.getAuditType()))
                    .findFirst().orElseThrow().getId();
            bin.restore(entry);
            return null;
        });

        assertEquals("Cables", asOwner(() -> deliveries.get(created.getId()).getItems()));
    }

    private Contract freshContract(String title) throws Exception {
        int n = ++sequence;
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-c" + n,
                "Deliveries " + team.prefix + " " + n + " " + title);
        return asOwner(() -> contracts.create(contract(customer, "Deliveries " + title)));
    }

    private static <T> T asOwner(Callable<T> work) throws Exception {
        return Identities.as(team.login("salesA1"), team.password("salesA1"), work);
    }

    private static void asOwner(Runnable work) throws Exception {
        Identities.as(team.login("salesA1"), team.password("salesA1"), work);
    }

    private static <T> T asBoss(Callable<T> work) throws Exception {
        return Identities.as(team.login("boss"), team.password("boss"), work);
    }
}
