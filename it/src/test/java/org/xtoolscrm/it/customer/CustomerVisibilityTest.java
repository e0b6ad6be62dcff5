package org.xtoolscrm.it.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Set;
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
import org.xtoolscrm.account.NewAccount;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerRow;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSortField;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Customer visibility per role")
class CustomerVisibilityTest {

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CustomerVisibilityTest.class);
    }

    @EJB
    private CustomerService customers;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("vis" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Boss sees every customer of the team")
    void bossSeesAll() throws Exception {
        assertEquals(codesOf("boss", "managerA", "managerB", "salesA1", "salesA2", "salesB1", "salesDirect"),
                visibleCodes("boss"));
    }

    @Test
    @DisplayName("Manager sees own and subordinates' customers only")
    void managerSeesTeam() throws Exception {
        assertEquals(codesOf("managerA", "salesA1", "salesA2"), visibleCodes("managerA"));
        assertEquals(codesOf("managerB", "salesB1"), visibleCodes("managerB"));
    }

    @Test
    @DisplayName("Salesperson sees own customers only")
    void salesSeesOwn() throws Exception {
        assertEquals(codesOf("salesA1"), visibleCodes("salesA1"));
        assertEquals(codesOf("salesDirect"), visibleCodes("salesDirect"));
    }

    @Test
    @DisplayName("Count agrees with the visible rows")
    void countMatchesRows() throws Exception {
        long count = Identities.as(team.login("managerA"), team.password("managerA"),
                () -> customers.count(prefixFilter()));
        assertEquals(6, count);
    }

    @Test
    @DisplayName("Detail by id of another team's customer is not found")
    void detailOutsideScopeIsNotFound() throws Exception {
        long foreign = team.customers.get("salesB1")[0];
        long own = team.customers.get("salesA1")[0];

        Identities.as(team.login("salesA1"), team.password("salesA1"), () -> {
            assertEquals(own, customers.getVisible(own).getId());
            assertThrows(RecordNotFoundException.class, () -> customers.getVisible(foreign));
            assertThrows(RecordNotFoundException.class, () -> customers.getVisible(Long.MAX_VALUE));
        });
        Identities.as(team.login("managerA"), team.password("managerA"),
                () -> assertThrows(RecordNotFoundException.class, () -> customers.getVisible(foreign)));
        Identities.as(team.login("boss"), team.password("boss"),
                () -> assertEquals(foreign, customers.getVisible(foreign).getId()));
    }

    @Test
    @DisplayName("Filtering by an owner outside the scope finds nothing")
    void ownerFilterOutsideScopeIsEmpty() throws Exception {
        long foreignOwner = team.users.get("salesB1").getId();
        long count = Identities.as(team.login("managerA"), team.password("managerA"),
                () -> customers.count(prefixFilter().withOwner(foreignOwner)));
        assertEquals(0, count);
    }

    @Test
    @DisplayName("Pages are sorted and sliced in the database")
    void pagingAndSorting() throws Exception {
        List<CustomerRow> all = Identities.as(team.login("boss"), team.password("boss"),
                () -> customers.findPage(prefixFilter(), CustomerSortField.CODE, true, 0, 100));
        List<CustomerRow> second = Identities.as(team.login("boss"), team.password("boss"),
                () -> customers.findPage(prefixFilter(), CustomerSortField.CODE, true, 5, 5));
        List<CustomerRow> descending = Identities.as(team.login("boss"), team.password("boss"),
                () -> customers.findPage(prefixFilter(), CustomerSortField.CODE, false, 0, 1));

        assertEquals(14, all.size());
        List<String> codes = all.stream().map(CustomerRow::getCode).toList();
        assertEquals(codes.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), codes);
        assertEquals(codes.subList(5, 10), second.stream().map(CustomerRow::getCode).toList());
        assertEquals(codes.get(13), descending.get(0).getCode());
    }

    @Test
    @DisplayName("Changing a superior changes visibility at once")
    void superiorChangeTakesEffect() throws Exception {
        String login = team.prefix + "-movable";
        long movedId = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> accounts.create(new NewAccount(
                login, "Movable", Role.SALES, team.users.get("managerB").getId(), TestTeam.PASSWORD, null, null))
                .getId());
        long managerA = team.users.get("managerA").getId();

        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "INSERT INTO customer (customer_code, customer_type, name, owner_id, status, created_at, "
                             + "updated_at, version) VALUES (?, 'INDIVIDUAL', 'Moved customer', ?, 'PROSPECT', "
                             + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")) {
            statement.setString(1, "moved-" + team.prefix);
            statement.setLong(2, movedId);
            statement.executeUpdate();
        }
        CustomerFilter movedCustomers = new CustomerFilter(null, "moved-" + team.prefix, null, null, null, movedId);
        long before = Identities.as(team.login("managerA"), team.password("managerA"),
                () -> customers.count(movedCustomers));
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("UPDATE app_user SET superior_id = ? WHERE id = ?")) {
            statement.setLong(1, managerA);
            statement.setLong(2, movedId);
            statement.executeUpdate();
        }
        long after = Identities.as(team.login("managerA"), team.password("managerA"),
                () -> customers.count(movedCustomers));

        assertEquals(0, before);
        assertEquals(1, after);
    }

    @Test
    @DisplayName("Only a Boss creates accounts")
    void onlyBossCreatesAccounts() throws Exception {
        NewAccount account = new NewAccount(team.prefix + "-nope", "Nope", Role.SALES,
                team.users.get("managerA").getId(), TestTeam.PASSWORD, null, null);
        Identities.as(team.login("managerA"), team.password("managerA"),
                () -> assertThrows(EJBAccessException.class, () -> accounts.create(account)));
        boolean created = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD,
                () -> accounts.findByLogin(account.login()).isPresent());
        assertFalse(created);
    }

    private Set<String> visibleCodes(String key) throws Exception {
        return Identities.as(team.login(key), team.password(key),
                () -> customers.findPage(prefixFilter(), CustomerSortField.CODE, true, 0, 100).stream()
                        .map(CustomerRow::getCode)
                        .collect(Collectors.toSet()));
    }

    private static Set<String> codesOf(String... keys) {
        return Set.of(keys).stream()
                .flatMap(key -> Set.of(team.prefix + "-" + key + "-1", team.prefix + "-" + key + "-2").stream())
                .collect(Collectors.toSet());
    }

    private static CustomerFilter prefixFilter() {
        return new CustomerFilter(null, team.prefix + "-", null, null, null, null);
    }
}
