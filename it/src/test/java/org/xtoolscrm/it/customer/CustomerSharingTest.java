package org.xtoolscrm.it.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.access.AccessGrant;
import org.xtoolscrm.access.AccessReason;
import org.xtoolscrm.account.AccountDirectory;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.NewAccount;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.customer.CustomerTransferService;
import org.xtoolscrm.customer.InvalidCustomerActionException;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Sharing, transfer, hand-over and the change log")
class CustomerSharingTest {

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CustomerSharingTest.class);
    }

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private CustomerTransferService transfers;

    @EJB
    private AccountService accounts;

    @EJB
    private AccountDirectory directory;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("sh" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Access panel names owner, superior, bosses and shares")
    void accessPanelReasons() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-panel", "Panel Ltd");
        long salesB1 = team.users.get("salesB1").getId();
        Identities.as(team.login("salesA1"), TestTeam.PASSWORD, () -> sharing.share(customer, List.of(salesB1)));

        Map<String, AccessReason> reasons = Identities.as(team.login("salesA1"), TestTeam.PASSWORD,
                () -> sharing.whoCanSee(customer)).stream()
                .collect(Collectors.toMap(AccessGrant::getLogin, AccessGrant::getReason));

        assertEquals(AccessReason.OWNER, reasons.get(team.login("salesA1")));
        assertEquals(AccessReason.SUPERIOR, reasons.get(team.login("managerA")));
        assertEquals(AccessReason.BOSS, reasons.get(TestTeam.BOSS));
        assertEquals(AccessReason.SHARE, reasons.get(team.login("salesB1")));
        assertFalse(reasons.containsKey(team.login("managerB")), "the other manager cannot see it");
        assertFalse(reasons.containsKey(team.login("salesA2")), "a colleague cannot see it");
    }

    @Test
    @DisplayName("Share, revoke and transfer are in the history")
    void historyRecordsSharesAndTransfers() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-hist", "History Ltd");
        long salesA2 = team.users.get("salesA2").getId();
        long managerA = team.users.get("managerA").getId();

        Identities.as(team.login("salesA1"), TestTeam.PASSWORD, () -> {
            sharing.share(customer, List.of(salesA2));
            sharing.unshare(customer, salesA2);
            transfers.transfer(customer, managerA);
        });
        List<ChangeEntry> history = Identities.as(team.login("managerA"), TestTeam.PASSWORD,
                () -> customers.history(customer));

        assertEquals(List.of(ChangeAction.TRANSFER, ChangeAction.UNSHARE, ChangeAction.SHARE),
                history.stream().map(ChangeEntry::getAction).toList());
        ChangeEntry transfer = history.get(0);
        assertEquals("owner", transfer.getFieldName());
        assertEquals(team.login("salesA1"), transfer.getOldValue());
        assertEquals(team.login("managerA"), transfer.getNewValue());
        assertEquals(team.login("salesA1"), transfer.getChangedBy());
        assertEquals(team.login("salesA2"), history.get(2).getNewValue());
    }

    @Test
    @DisplayName("Shared user sees the customer until the share is revoked")
    void revokeEndsVisibility() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-rev", "Revoke Ltd");
        long salesB1 = team.users.get("salesB1").getId();
        CustomerFilter byCode = new CustomerFilter(null, team.prefix + "-rev", null, null, null, null);

        Identities.as(team.login("salesA1"), TestTeam.PASSWORD, () -> sharing.share(customer, List.of(salesB1)));
        long whileShared = Identities.as(team.login("salesB1"), TestTeam.PASSWORD, () -> customers.count(byCode));
        Identities.as(team.login("managerA"), TestTeam.PASSWORD, () -> sharing.unshare(customer, salesB1));
        long afterRevoke = Identities.as(team.login("salesB1"), TestTeam.PASSWORD, () -> customers.count(byCode));

        assertEquals(1, whileShared);
        assertEquals(0, afterRevoke);
    }

    @Test
    @DisplayName("Transfer to a disabled account is rejected")
    void transferToDisabledRejected() throws Exception {
        long customer = team.addCustomer(dataSource, "salesA1", team.prefix + "-dis", "Disabled Target Ltd");
        long disabled = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> accounts.create(new NewAccount(
                team.prefix + "-gone", "Gone", Role.SALES, team.users.get("managerA").getId(), TestTeam.PASSWORD,
                null, null)).getId());
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("UPDATE app_user SET enabled = FALSE WHERE id = ?")) {
            statement.setLong(1, disabled);
            statement.executeUpdate();
        }

        Identities.as(team.login("salesA1"), TestTeam.PASSWORD, () -> assertThrows(
                InvalidCustomerActionException.class, () -> transfers.transfer(customer, disabled)));
    }

    @Test
    @DisplayName("Hand-over moves every customer of a user and logs each")
    void handOverMovesAll() throws Exception {
        String leaver = team.prefix + "-leaver";
        long leaverId = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> accounts.create(new NewAccount(
                leaver, "Leaver", Role.SALES, team.users.get("managerB").getId(), TestTeam.PASSWORD, null, null))
                .getId());
        long receiver = team.users.get("salesB1").getId();
        long first;
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("INSERT INTO customer (customer_code, customer_type, name, "
                     + "owner_id, status, created_at, updated_at, version) VALUES (?, 'ENTERPRISE', ?, ?, "
                     + "'PROSPECT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")) {
            for (int i = 0; i < 25; i++) {
                insert.setString(1, team.prefix + "-leave-" + i);
                insert.setString(2, "Leaver customer " + i);
                insert.setLong(3, leaverId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        CustomerFilter leaverCustomers = new CustomerFilter(null, team.prefix + "-leave-", null, null, null, null);
        first = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD,
                () -> customers.findIds(leaverCustomers).get(0));

        Identities.as(team.login("managerB"), TestTeam.PASSWORD, () -> assertThrows(EJBAccessException.class,
                () -> transfers.handOver(leaverId, receiver)));
        int moved = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> transfers.handOver(leaverId, receiver));
        long ownedByReceiver = Identities.as(team.login("salesB1"), TestTeam.PASSWORD,
                () -> customers.count(leaverCustomers));
        long leftWithLeaver = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD,
                () -> transfers.countOwnedBy(leaverId));
        List<ChangeEntry> history = Identities.as(team.login("salesB1"), TestTeam.PASSWORD,
                () -> customers.history(first));

        assertEquals(25, moved);
        assertEquals(25, ownedByReceiver);
        assertEquals(0, leftWithLeaver);
        assertEquals(ChangeAction.TRANSFER, history.get(0).getAction());
        assertEquals(leaver, history.get(0).getOldValue());
        assertEquals(team.login("salesB1"), history.get(0).getNewValue());
        assertEquals(TestTeam.BOSS, history.get(0).getChangedBy());
    }

    @Test
    @DisplayName("Boss reads an account's history, others may not")
    void accountHistoryForBossOnly() throws Exception {
        long userId = team.users.get("salesA2").getId();

        List<ChangeEntry> history = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD,
                () -> directory.history(userId));
        Identities.as(team.login("managerA"), TestTeam.PASSWORD,
                () -> assertThrows(EJBAccessException.class, () -> directory.history(userId)));

        assertTrue(history.stream().allMatch(entry -> entry.getAction() == ChangeAction.CREATE), "only creates");
        assertTrue(history.stream().anyMatch(entry -> "login".equals(entry.getFieldName())
                && team.login("salesA2").equals(entry.getNewValue())), "login recorded");
    }

    @Test
    @DisplayName("Account creation is in the account's change log")
    void accountCreationLogged() throws Exception {
        long userId = team.users.get("salesA1").getId();
        long rows;
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT COUNT(*) FROM change_log WHERE entity_type = 'User' "
                     + "AND entity_id = ? AND action = 'CREATE' AND changed_by = 'boss'")) {
            select.setLong(1, userId);
            try (var result = select.executeQuery()) {
                result.next();
                rows = result.getLong(1);
            }
        }
        long passwordRows;
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT COUNT(*) FROM change_log WHERE entity_type = 'User' "
                     + "AND entity_id = ? AND (field_name LIKE '%password%' OR new_value LIKE '$2a$%')")) {
            select.setLong(1, userId);
            try (var result = select.executeQuery()) {
                result.next();
                passwordRows = result.getLong(1);
            }
        }

        assertTrue(rows >= 5, "one row per logged field, got " + rows);
        assertEquals(0, passwordRows, "no password or hash in the change log");
    }
}
