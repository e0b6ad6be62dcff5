package org.xtoolscrm.report.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.money.Rates;

class StatisticsArithmeticTest {

    private static final StatisticsQuery CUSTOMERS = StatisticsQuery.of(StatisticsReport.CUSTOMERS_BY_INDUSTRY,
            null, null);

    private static final List<DictionaryOption> INDUSTRIES = List.of(
            new DictionaryOption(DictionaryList.INDUSTRY, "IT", "信息技术", "Information technology", 1),
            new DictionaryOption(DictionaryList.INDUSTRY, "RETAIL", "零售", "Retail", 2));

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("Industry texts of one option merge into its row")
    void industriesMerge() {
        List<GroupCount> counts = List.of(
                new GroupCount(StatisticsArithmetic.optionGroup("信息技术", INDUSTRIES), 3),
                new GroupCount(StatisticsArithmetic.optionGroup(" information TECHNOLOGY ", INDUSTRIES), 2),
                new GroupCount(StatisticsArithmetic.optionGroup("Mining", INDUSTRIES), 1),
                new GroupCount(StatisticsArithmetic.optionGroup(null, INDUSTRIES), 4),
                new GroupCount(StatisticsArithmetic.optionGroup("Retail", INDUSTRIES), 1));

        Statistics statistics = StatisticsArithmetic.distribution(CUSTOMERS, "CNY", counts, false);

        // 11 customers: IT 5 (45.5 %), Mining 1 and Retail 1 (9.1 % each, by code), empty 4 (36.4 %) last.
        assertEquals(List.of("IT", "Mining", "RETAIL", "(empty)"), statistics.rows().stream()
                .map(row -> row.group().isEmpty() ? "(empty)" : row.group().code()).toList());
        assertEquals(11, statistics.totalCount());
        assertEquals(5, statistics.rows().get(0).count());
        assertEquals("信息技术", statistics.rows().get(0).group().labelZh());
        assertEquals(money("45.5"), statistics.rows().get(0).share());
        assertEquals(money("9.1"), statistics.rows().get(1).share());
        assertEquals(money("36.4"), statistics.rows().get(3).share());
    }

    @Test
    @DisplayName("A fixed order keeps empty rows, and no records give no shares")
    void fixedOrderWithoutRecords() {
        List<GroupCount> counts = List.of(new GroupCount(StatisticsGroup.coded("PROSPECT"), 0),
                new GroupCount(StatisticsGroup.coded("ACTIVE"), 0));

        Statistics statistics = StatisticsArithmetic.distribution(CUSTOMERS, "CNY", counts, true);

        assertEquals(List.of("PROSPECT", "ACTIVE"), statistics.rows().stream().map(row -> row.group().code())
                .toList());
        assertEquals(0, statistics.totalCount());
        assertNull(statistics.rows().get(0).share());
    }

    @Test
    @DisplayName("Months fill in, convert per month and add up to the total")
    void months() {
        Rates rates = new Rates("CNY", Map.of("USD", money("7.123456")));
        StatisticsQuery query = StatisticsQuery.of(StatisticsReport.CONTRACTS_BY_MONTH, LocalDate.of(2024, 11, 15),
                LocalDate.of(2025, 2, 3));
        List<MonthMoney> sums = List.of(
                new MonthMoney(YearMonth.of(2024, 11), "CNY", 2, money("100.00")),
                new MonthMoney(YearMonth.of(2024, 11), "USD", 1, money("0.05")),
                new MonthMoney(YearMonth.of(2025, 2), "NOK", 1, money("999.00")),
                new MonthMoney(YearMonth.of(2025, 2), "USD", 1, money("0.05")));

        Statistics statistics = StatisticsArithmetic.byMonth(query, YearMonth.of(2024, 11), YearMonth.of(2025, 2),
                sums, rates, true);

        assertEquals(List.of("2024-11", "2024-12", "2025-01", "2025-02"),
                statistics.rows().stream().map(row -> row.group().code()).toList());
        assertEquals(List.of(3L, 0L, 0L, 2L), statistics.rows().stream().map(StatisticsRow::count).toList());
        // 100.00 + 0.05 × 7.123456 = 100.3561728 → 100.36; February 0.3561728 → 0.36, NOK left out.
        assertEquals(money("100.36"), statistics.rows().get(0).amount());
        assertEquals(money("0.00"), statistics.rows().get(1).amount());
        assertEquals(money("0.36"), statistics.rows().get(3).amount());
        assertEquals(money("100.72"), statistics.totalAmount(), "the sum of the rounded months");
        assertEquals(5, statistics.totalCount());
        assertEquals(Set.of("NOK"), statistics.unconverted());
    }

    @Test
    @DisplayName("Counts without amounts leave the amounts empty")
    void monthsWithoutAmounts() {
        StatisticsQuery query = StatisticsQuery.of(StatisticsReport.NEW_CUSTOMERS_BY_MONTH, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 29));
        Statistics statistics = StatisticsArithmetic.byMonth(query, YearMonth.of(2024, 1), YearMonth.of(2024, 2),
                List.of(new MonthMoney(YearMonth.of(2024, 2), null, 7, null),
                        new MonthMoney(YearMonth.of(2024, 2), null, 2, null)),
                new Rates("CNY", Map.of()), false);

        assertEquals(List.of(0L, 9L), statistics.rows().stream().map(StatisticsRow::count).toList());
        assertNull(statistics.rows().get(1).amount());
        assertNull(statistics.totalAmount());
    }

    @Test
    @DisplayName("Activities split by type in the dictionary's order, unknown types last")
    void activities() {
        DictionaryOption call = new DictionaryOption(DictionaryList.ACTIVITY_TYPE, "CALL", "电话", "Call", 1);
        DictionaryOption visit = new DictionaryOption(DictionaryList.ACTIVITY_TYPE, "VISIT", "拜访", "Visit", 2);
        DictionaryOption fax = new DictionaryOption(DictionaryList.ACTIVITY_TYPE, "FAX", "传真", "Fax", 3);
        fax.setEnabled(false);
        StatisticsQuery query = StatisticsQuery.of(StatisticsReport.ACTIVITIES_BY_USER, null, null);
        List<UserTypeCount> counts = List.of(
                new UserTypeCount(7, "Li Na", "VISIT", 2),
                new UserTypeCount(7, "Li Na", "CALL", 1),
                new UserTypeCount(9, "Chen Jing", "CALL", 4),
                new UserTypeCount(9, "Chen Jing", "TELEX", 1));

        Statistics statistics = StatisticsArithmetic.activities(query, "CNY", counts, List.of(call, visit, fax));

        assertEquals(List.of("CALL", "VISIT", "TELEX"), statistics.series().stream().map(StatisticsGroup::code)
                .toList(), "a disabled type without activities is left out");
        assertEquals(List.of("Chen Jing", "Li Na"), statistics.rows().stream()
                .map(row -> row.group().labelEn()).toList());
        assertEquals(List.of(4L, 0L, 1L), statistics.rows().get(0).seriesCounts());
        assertEquals(List.of(1L, 2L, 0L), statistics.rows().get(1).seriesCounts());
        assertEquals(5, statistics.rows().get(0).count());
        assertEquals(List.of(5L, 2L, 1L), statistics.seriesTotals());
        assertEquals(8, statistics.totalCount());
    }
}
