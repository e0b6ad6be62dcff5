package org.xtoolscrm.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.contract.Contract;
import org.xtoolscrm.contract.ContractForm;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.contract.PaymentForm;
import org.xtoolscrm.contract.PaymentService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.money.CurrencyRateService;
import org.xtoolscrm.report.Ranking;
import org.xtoolscrm.report.RankingRow;
import org.xtoolscrm.report.RankingService;

/**
 * The performance ranking on the server against a hand-computed month. The month lies
 * years back, so no other test's contracts or payments fall into it.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Performance ranking")
class RankingServiceTest {

    private static final LocalDate FROM = LocalDate.of(2011, 3, 1);
    private static final LocalDate TO = LocalDate.of(2011, 3, 31);

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(RankingServiceTest.class);
    }

    @EJB
    private ContractService contracts;

    @EJB
    private PaymentService payments;

    @EJB
    private RankingService rankings;

    @EJB
    private CurrencyRateService rates;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    private static boolean seeded;

    /**
     * The month, by user:
     * <ul>
     * <li>salesA1 signs 80,000.00 CNY on 3 March, receives 50,000.00 on 10 March and
     * 10,000.00 on 1 April (outside the month);</li>
     * <li>salesA2 signs 2,000.00 SGD (10,500.00 CNY at 5.25) on 31 March and receives
     * 2,000.00 SGD on it; managerA handles a 5,000.00 CNY payment on salesA1's contract;</li>
     * <li>salesB1 signs 60,000.00 CNY on 28 February (outside), receives 60,000.00 on 1 March,
     * and has a draft of 99,999.00 CNY signed in March, which does not count;</li>
     * <li>salesDirect's payment of 7,000.00 is deleted.</li>
     * </ul>
     */
    void seed() throws Exception {
        if (seeded) {
            return;
        }
        seeded = true;
        team = TestTeam.create("kr" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> rates.save("SGD", new BigDecimal("5.250000"), null));

        Contract a1 = contract("salesA1", "80000.00", "CNY", LocalDate.of(2011, 3, 3), ContractStatus.EXECUTING);
        as("salesA1", () -> payments.addPayment(a1.getId(), payment(LocalDate.of(2011, 3, 10), "50000.00", null)));
        as("salesA1", () -> payments.addPayment(a1.getId(), payment(LocalDate.of(2011, 4, 1), "10000.00", null)));
        as("managerA", () -> payments.addPayment(a1.getId(), payment(LocalDate.of(2011, 3, 20), "5000.00", null)));

        Contract a2 = contract("salesA2", "2000.00", "SGD", LocalDate.of(2011, 3, 31), ContractStatus.COMPLETED);
        as("salesA2", () -> payments.addPayment(a2.getId(), payment(LocalDate.of(2011, 3, 31), "2000.00", null)));

        Contract b1 = contract("salesB1", "60000.00", "CNY", LocalDate.of(2011, 2, 28), ContractStatus.EXECUTING);
        as("salesB1", () -> payments.addPayment(b1.getId(), payment(LocalDate.of(2011, 3, 1), "60000.00", null)));
        contract("salesB1", "99999.00", "CNY", LocalDate.of(2011, 3, 15), ContractStatus.DRAFT);

        Contract direct = contract("salesDirect", "7000.00", "CNY", LocalDate.of(2011, 1, 5), ContractStatus.EXECUTING);
        as("salesDirect", () -> {
            var paid = payments.addPayment(direct.getId(), payment(LocalDate.of(2011, 3, 5), "7000.00", null));
            payments.deletePayment(paid.getId(), paid.getVersion());
            return null;
        });
    }

    @Test
    @DisplayName("The Boss's ranking by payments received matches the hand-computed month")
    void bossRanking() throws Exception {
        seed();
        Ranking ranking = as("boss", () -> rankings.ranking(FROM, TO));
        Map<String, RankingRow> rows = ours(ranking.users());

        // salesB1 60,000.00; salesA1 50,000.00; salesA2 2,000 × 5.25 = 10,500.00; managerA 5,000.00.
        // The users without a figure follow by name.
        assertEquals(List.of("salesB1", "salesA1", "salesA2", "managerA", "managerB", "salesDirect"),
                ranking.users().stream().map(row -> key(row.member().name())).filter(rows::containsKey).toList());
        assertEquals(money("60000.00"), rows.get("salesB1").received());
        assertEquals(0L, rows.get("salesB1").contractCount(), "signed in February; the March draft does not count");
        assertEquals(money("50000.00"), rows.get("salesA1").received());
        assertEquals(1L, rows.get("salesA1").contractCount());
        assertEquals(money("80000.00"), rows.get("salesA1").contractAmount());
        assertEquals(money("10500.00"), rows.get("salesA2").received());
        assertEquals(money("10500.00"), rows.get("salesA2").contractAmount());
        assertEquals(money("5000.00"), rows.get("managerA").received());
        assertEquals(money("0.00"), rows.get("salesDirect").received(), "the deleted payment does not count");

        RankingRow teamA = ranking.teams().stream().filter(row -> key(row.member().name()).equals("managerA"))
                .findFirst().orElseThrow();
        assertEquals(money("65500.00"), teamA.received(), "50,000 + 10,500 + 5,000");
        assertEquals(money("90500.00"), teamA.contractAmount(), "80,000 + 10,500");
        assertEquals(2L, teamA.contractCount());
    }

    @Test
    @DisplayName("A Manager ranks their team only, and a salesperson sees their own line")
    void scopes() throws Exception {
        seed();
        Ranking manager = as("managerA", () -> rankings.ranking(FROM, TO));
        assertEquals(List.of("salesA1", "salesA2", "managerA"),
                manager.users().stream().map(row -> key(row.member().name())).toList());
        assertEquals(money("65500.00"), manager.received());

        Ranking seller = as("salesA2", () -> rankings.ranking(FROM, TO));
        assertEquals(List.of("salesA2"), seller.users().stream().map(row -> key(row.member().name())).toList());
        assertEquals(money("10500.00"), seller.received());
    }

    /** Returns the rows of this test's team by their key, such as salesA1. */
    private static Map<String, RankingRow> ours(List<RankingRow> rows) {
        return rows.stream().filter(row -> row.member().name().endsWith(" " + team.prefix))
                .collect(Collectors.toMap(row -> key(row.member().name()), row -> row));
    }

    /** Returns the key of a test user from their display name, "salesA1 prefix"; others keep their name. */
    private static String key(String displayName) {
        return displayName.endsWith(" " + team.prefix)
                ? displayName.substring(0, displayName.length() - team.prefix.length() - 1) : displayName;
    }

    private Contract contract(String owner, String amount, String currency, LocalDate signedOn, ContractStatus status)
            throws Exception {
        long customerId = team.customers.get(owner)[0];
        ContractForm form = new ContractForm();
        form.setCustomerId(customerId);
        form.setTitle("Ranking " + owner + " " + signedOn);
        form.setSignedOn(signedOn);
        form.setAmount(money(amount));
        form.setCurrency(currency);
        form.setStatus(status);
        return as(owner, () -> contracts.create(form));
    }

    private static PaymentForm payment(LocalDate receivedOn, String amount, Long planId) {
        return new PaymentForm(receivedOn, money(amount), "BANK_TRANSFER", planId);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }
}
