package org.xtoolscrm.it.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.dictionary.DictionaryError;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.dictionary.InvalidDictionaryOptionException;
import org.xtoolscrm.dictionary.NewOption;
import org.xtoolscrm.dictionary.OptionEdit;
import org.xtoolscrm.dictionary.StageOutcome;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/** The data dictionary in the container: the seeded lists, the Boss's changes, the rules and the roles. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Data dictionary")
class DictionaryServiceTest {

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DictionaryServiceTest.class);
    }

    @EJB
    private DictionaryService dictionary;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("dict" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("Seeded lists have labels in both languages")
    void seededLists() throws Exception {
        for (DictionaryList list : DictionaryList.values()) {
            List<DictionaryOption> options = asSales(() -> dictionary.options(list, false));

            assertFalse(options.isEmpty(), list.name());
            for (DictionaryOption option : options) {
                assertFalse(option.getLabelZh().isBlank(), list + "/" + option.getCode());
                assertFalse(option.getLabelEn().isBlank(), list + "/" + option.getCode());
            }
        }
        Map<String, String> activities = labels(DictionaryList.ACTIVITY_TYPE);
        assertEquals("电话", activities.get("Call"));
        assertEquals("拜访", activities.get("Visit"));
        assertEquals("演示", activities.get("Demo"));
        Map<String, String> regions = labels(DictionaryList.REGION);
        Map<String, String> seededRegions = Map.of("North China", "华北", "East China", "华东", "South China", "华南",
                "Central China", "华中", "Southwest China", "西南", "Northwest China", "西北", "Northeast China", "东北");
        seededRegions.forEach((english, chinese) -> assertEquals(chinese, regions.get(english), english));
        assertTrue(labels(DictionaryList.INDUSTRY).size() >= 12, "a dozen industries");
        assertEquals("转介绍", labels(DictionaryList.SOURCE).get("Referral"));
        assertEquals("个人客户", labels(DictionaryList.CUSTOMER_TYPE).get("Individual"));
        assertEquals("差旅", labels(DictionaryList.EXPENSE_TYPE).get("Travel"));
    }

    @Test
    @DisplayName("Opportunity stages are seeded with their probabilities")
    void seededStages() throws Exception {
        List<DictionaryOption> stages = asSales(() -> dictionary.options(DictionaryList.OPPORTUNITY_STAGE, false));
        Map<String, Integer> probabilities = new TreeMap<>();
        stages.forEach(stage -> probabilities.put(stage.getCode(), stage.getProbability()));

        assertEquals(Map.of("INITIAL_CONTACT", 10, "NEEDS_CONFIRMED", 30, "PROPOSAL", 50, "NEGOTIATION", 70,
                "WON", 100, "LOST", 0), probabilities);
        assertEquals(List.of("INITIAL_CONTACT", "NEEDS_CONFIRMED", "PROPOSAL", "NEGOTIATION", "WON", "LOST"),
                stages.stream().map(DictionaryOption::getCode).toList(), "in the order of a deal");
        assertEquals(StageOutcome.WON, stage("WON").getStageOutcome());
        assertEquals(StageOutcome.LOST, stage("LOST").getStageOutcome());
        assertNull(stage("PROPOSAL").getStageOutcome(), "an open stage");
        assertEquals("方案报价", labels(DictionaryList.OPPORTUNITY_STAGE).get("Proposal/quote"));
    }

    @Test
    @DisplayName("Boss sets a stage's probability within 0 to 100")
    void stageProbability() throws Exception {
        String code = uniqueCode();
        DictionaryOption added = asBoss(() -> dictionary.add(new NewOption(DictionaryList.OPPORTUNITY_STAGE, code,
                "技术验证", "Proof of concept", 35, 40)));
        assertEquals(40, added.getProbability());

        DictionaryOption edited = asBoss(() -> dictionary.edit(new OptionEdit(added.getId(), added.getVersion(),
                "技术验证", "Proof of concept", 35, 45)));
        assertEquals(45, edited.getProbability());
        assertEquals("45", changes(added.getId(), "UPDATE").get("probability"));

        assertEquals(DictionaryError.PROBABILITY_MISSING, errorOf(() -> asBoss(() -> dictionary.add(
                new NewOption(DictionaryList.OPPORTUNITY_STAGE, uniqueCode(), "试用", "Trial", 36)))));
        assertEquals(DictionaryError.PROBABILITY_OUT_OF_RANGE, errorOf(() -> asBoss(() -> dictionary.edit(
                new OptionEdit(added.getId(), edited.getVersion(), "技术验证", "Proof of concept", 35, 101)))));
        assertEquals(DictionaryError.PROBABILITY_OUT_OF_RANGE, errorOf(() -> asBoss(() -> dictionary.edit(
                new OptionEdit(added.getId(), edited.getVersion(), "技术验证", "Proof of concept", 35, -1)))));
        DictionaryOption source = asBoss(() -> dictionary.add(
                new NewOption(DictionaryList.SOURCE, uniqueCode(), "展会", "Trade fair booth", 70, 50)));
        assertNull(source.getProbability(), "other lists have no probability");

        asBoss(() -> {
            dictionary.delete(added.getId());
            dictionary.delete(source.getId());
            return null;
        });
    }

    @Test
    @DisplayName("Won and lost stages keep their probability and stay enabled")
    void finalStagesFixed() throws Exception {
        DictionaryOption won = stage("WON");
        DictionaryOption lost = stage("LOST");

        InvalidDictionaryOptionException changed = assertThrows(InvalidDictionaryOptionException.class,
                () -> asBoss(() -> dictionary.edit(new OptionEdit(won.getId(), won.getVersion(), won.getLabelZh(),
                        won.getLabelEn(), won.getSortOrder(), 90))));
        assertEquals(DictionaryError.FINAL_STAGE_PROBABILITY, changed.getError());
        assertEquals(DictionaryError.FINAL_STAGE_REQUIRED, errorOf(() -> asBoss(() -> dictionary.disable(won.getId()))));
        assertEquals(DictionaryError.FINAL_STAGE_REQUIRED, errorOf(() -> asBoss(() -> {
            dictionary.delete(lost.getId());
            return null;
        })));
        assertTrue(stage("WON").isEnabled());
        assertEquals(0, stage("LOST").getProbability());

        DictionaryOption renamed = asBoss(() -> dictionary.edit(new OptionEdit(lost.getId(), lost.getVersion(),
                "丢单", lost.getLabelEn(), lost.getSortOrder(), 0)));
        assertEquals("丢单", renamed.getLabelZh(), "a final stage can be renamed");
        asBoss(() -> dictionary.edit(new OptionEdit(lost.getId(), renamed.getVersion(), "输单", lost.getLabelEn(),
                lost.getSortOrder(), 0)));
    }

    @Test
    @DisplayName("Boss adds, edits, disables, enables and deletes")
    void bossLifecycle() throws Exception {
        String code = uniqueCode();
        DictionaryOption added = asBoss(() -> dictionary.add(
                new NewOption(DictionaryList.SOURCE, code, " 老客户推荐 ", "Customer referral", 5)));

        assertEquals(code, added.getCode());
        assertEquals("老客户推荐", added.getLabelZh());
        assertEquals(code, codes(DictionaryList.SOURCE).get(0), "sort order 5 comes first");
        assertEquals("老客户推荐", changes(added.getId(), "CREATE").get("labelZh"));

        DictionaryOption edited = asBoss(() -> dictionary.edit(
                new OptionEdit(added.getId(), added.getVersion(), "老客户推荐", "Referral by a customer", 999)));
        assertEquals("Referral by a customer", edited.getLabelEn());
        assertEquals(999, edited.getSortOrder());
        Map<String, String> updated = changes(added.getId(), "UPDATE");
        assertEquals("Referral by a customer", updated.get("labelEn"));
        assertEquals("999", updated.get("sortOrder"));
        assertFalse(updated.containsKey("labelZh"), "unchanged label is not logged");

        asBoss(() -> dictionary.disable(added.getId()));
        assertFalse(codes(DictionaryList.SOURCE).contains(code), "pickers leave out a disabled option");
        assertTrue(asBoss(() -> dictionary.options(DictionaryList.SOURCE, true)).stream()
                .anyMatch(option -> option.getCode().equals(code)), "the page lists a disabled option");
        assertEquals("false", changes(added.getId(), "UPDATE").get("enabled"));

        asBoss(() -> dictionary.enable(added.getId()));
        assertTrue(codes(DictionaryList.SOURCE).contains(code), "enabled again");

        asBoss(() -> {
            dictionary.delete(added.getId());
            return null;
        });
        assertFalse(asBoss(() -> dictionary.options(DictionaryList.SOURCE, true)).stream()
                .anyMatch(option -> option.getCode().equals(code)), "deleted");
        assertEquals(code, changes(added.getId(), "DELETE").get("code"));
        assertEquals(List.of(TestTeam.BOSS), changedBy(added.getId()));
    }

    @Test
    @DisplayName("Invalid fields and duplicate code are rejected")
    void invalidOptionRejected() throws Exception {
        String code = uniqueCode();
        asBoss(() -> dictionary.add(new NewOption(DictionaryList.REGION, code, "测试区", "Test region", 10)));
        Map<DictionaryError, NewOption> cases = Map.of(
                DictionaryError.CODE_INVALID, new NewOption(DictionaryList.REGION, "lower", "区", "Region", 0),
                DictionaryError.CODE_TAKEN, new NewOption(DictionaryList.REGION, code, "区", "Region", 0),
                DictionaryError.LABEL_ZH_MISSING, new NewOption(DictionaryList.REGION, code + "X", " ", "Region", 0),
                DictionaryError.LABEL_EN_MISSING, new NewOption(DictionaryList.REGION, code + "X", "区", null, 0),
                DictionaryError.SORT_ORDER_OUT_OF_RANGE, new NewOption(DictionaryList.REGION, code + "X", "区", "R", -1),
                DictionaryError.LIST_MISSING, new NewOption(null, code + "X", "区", "Region", 0));

        for (Map.Entry<DictionaryError, NewOption> entry : cases.entrySet()) {
            assertEquals(entry.getKey(), errorOf(() -> asBoss(() -> dictionary.add(entry.getValue()))),
                    entry.getKey().name());
        }
        DictionaryOption sameCodeOtherList = asBoss(() -> dictionary.add(
                new NewOption(DictionaryList.INDUSTRY, code, "测试行业", "Test industry", 10)));
        assertEquals(DictionaryList.INDUSTRY, sameCodeOtherList.getList());
    }

    @Test
    @DisplayName("Option in use cannot be deleted")
    void inUseOptionKept() throws Exception {
        String code = uniqueCode();
        DictionaryOption industry = asBoss(() -> dictionary.add(
                new NewOption(DictionaryList.INDUSTRY, code, "行业" + code, "Industry " + code, 10)));
        long customer = team.addCustomer(dataSource, "salesA1", code, "Customer " + code);
        setIndustry(customer, "Industry " + code);

        InvalidDictionaryOptionException e = assertThrows(InvalidDictionaryOptionException.class,
                () -> asBoss(() -> {
                    dictionary.delete(industry.getId());
                    return null;
                }));
        assertEquals(DictionaryError.OPTION_IN_USE, e.getError());
        assertEquals(code, e.getArguments()[0]);
        assertTrue(asBoss(() -> dictionary.options(DictionaryList.INDUSTRY, true)).stream()
                .anyMatch(option -> option.getId().equals(industry.getId())), "still stored");

        DictionaryOption disabled = asBoss(() -> dictionary.disable(industry.getId()));
        assertFalse(disabled.isEnabled());
    }

    @Test
    @DisplayName("Customer type in use cannot be deleted")
    void customerTypeInUseKept() throws Exception {
        DictionaryOption enterprise = asBoss(() -> dictionary.options(DictionaryList.CUSTOMER_TYPE, true)).stream()
                .filter(option -> option.getCode().equals("ENTERPRISE"))
                .findFirst()
                .orElseThrow();

        InvalidDictionaryOptionException e = assertThrows(InvalidDictionaryOptionException.class,
                () -> asBoss(() -> {
                    dictionary.delete(enterprise.getId());
                    return null;
                }));
        assertEquals(DictionaryError.OPTION_IN_USE, e.getError());
    }

    @Test
    @DisplayName("Stale edit is rejected")
    void staleEditRejected() throws Exception {
        DictionaryOption added = asBoss(() -> dictionary.add(
                new NewOption(DictionaryList.EXPENSE_TYPE, uniqueCode(), "培训", "Training", 70)));
        int version = added.getVersion();
        asBoss(() -> dictionary.edit(new OptionEdit(added.getId(), version, "培训费", "Training", 70)));

        DictionaryError error = errorOf(() -> asBoss(() -> dictionary.edit(
                new OptionEdit(added.getId(), version, "培训", "Courses", 70))));

        assertEquals(DictionaryError.STALE_EDIT, error);
        DictionaryOption stored = asBoss(() -> dictionary.get(added.getId()));
        assertEquals("培训费", stored.getLabelZh());
        assertEquals("Training", stored.getLabelEn());
    }

    @Test
    @DisplayName("Manager and salesperson cannot change options")
    void nonBossRejected() throws Exception {
        DictionaryOption option = asBoss(() -> dictionary.add(
                new NewOption(DictionaryList.SCHEDULE_TYPE, uniqueCode(), "培训", "Training", 70)));
        long id = option.getId();
        Map<String, Callable<Object>> changes = Map.of(
                "add", () -> dictionary.add(new NewOption(DictionaryList.SCHEDULE_TYPE, uniqueCode(), "甲", "A", 1)),
                "edit", () -> dictionary.edit(new OptionEdit(id, option.getVersion(), "乙", "B", 2)),
                "disable", () -> dictionary.disable(id),
                "enable", () -> dictionary.enable(id),
                "delete", () -> {
                    dictionary.delete(id);
                    return null;
                });

        for (String key : List.of("managerA", "salesA1")) {
            for (Map.Entry<String, Callable<Object>> change : changes.entrySet()) {
                Identities.as(team.login(key), team.password(key), () -> assertThrows(EJBAccessException.class,
                        () -> change.getValue().call(), key + " " + change.getKey()));
            }
        }
        DictionaryOption stored = asBoss(() -> dictionary.get(id));
        assertEquals("培训", stored.getLabelZh());
        assertTrue(stored.isEnabled());
        assertEquals(option.getVersion(), stored.getVersion());
    }

    private <T> T asBoss(Callable<T> work) throws Exception {
        return Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, work);
    }

    private <T> T asSales(Callable<T> work) throws Exception {
        return Identities.as(team.login("salesA1"), team.password("salesA1"), work);
    }

    /** Returns the Chinese labels of a list's enabled options by English label, as a salesperson reads them. */
    private Map<String, String> labels(DictionaryList list) throws Exception {
        Map<String, String> labels = new TreeMap<>();
        asSales(() -> dictionary.options(list, false))
                .forEach(option -> labels.put(option.getLabelEn(), option.getLabelZh()));
        return labels;
    }

    private DictionaryOption stage(String code) throws Exception {
        return asBoss(() -> dictionary.options(DictionaryList.OPPORTUNITY_STAGE, true)).stream()
                .filter(option -> option.getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private List<String> codes(DictionaryList list) throws Exception {
        return asSales(() -> dictionary.options(list, false)).stream().map(DictionaryOption::getCode).toList();
    }

    private static DictionaryError errorOf(Executable work) {
        return assertThrows(InvalidDictionaryOptionException.class, work).getError();
    }

    private static String uniqueCode() {
        return ("T" + Long.toString(System.nanoTime(), 36)).toUpperCase();
    }

    private void setIndustry(long customerId, String industry) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE customer SET industry = ? WHERE id = ?")) {
            update.setString(1, industry);
            update.setLong(2, customerId);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** Returns the logged fields of one action on an option, by field name, with their new or, for a delete, old values. */
    private Map<String, String> changes(long optionId, String action) throws SQLException {
        Map<String, String> fields = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT field_name, new_value, old_value "
                     + "FROM change_log WHERE entity_type = 'DictionaryOption' AND entity_id = ? AND action = ? "
                     + "ORDER BY id")) {
            select.setLong(1, optionId);
            select.setString(2, action);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String value = "DELETE".equals(action) ? result.getString(3) : result.getString(2);
                    fields.put(result.getString(1), value);
                }
            }
        }
        return fields;
    }

    private List<String> changedBy(long optionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT DISTINCT changed_by FROM change_log "
                     + "WHERE entity_type = 'DictionaryOption' AND entity_id = ?")) {
            select.setLong(1, optionId);
            try (ResultSet result = select.executeQuery()) {
                List<String> logins = new ArrayList<>();
                while (result.next()) {
                    logins.add(result.getString(1));
                }
                return logins;
            }
        }
    }
}
