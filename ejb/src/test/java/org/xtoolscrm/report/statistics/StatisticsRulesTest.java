package org.xtoolscrm.report.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.customer.CustomerType;

class StatisticsRulesTest {

    private static List<StatisticsError> errors(StatisticsQuery query) {
        return StatisticsRules.problems(query).stream().map(StatisticsProblem::error).toList();
    }

    @Test
    @DisplayName("A reversed period is rejected for every statistic")
    void reversedPeriod() {
        StatisticsQuery query = StatisticsQuery.of(StatisticsReport.CUSTOMERS_BY_STATUS, LocalDate.of(2024, 3, 2),
                LocalDate.of(2024, 3, 1));
        assertEquals(List.of(StatisticsError.DATES_REVERSED), errors(query));
    }

    @Test
    @DisplayName("Statistics by month need both dates; the others take open ends")
    void openEnds() {
        assertEquals(List.of(StatisticsError.DATES_MISSING),
                errors(StatisticsQuery.of(StatisticsReport.CONTRACTS_BY_MONTH, LocalDate.of(2024, 1, 1), null)));
        assertTrue(errors(StatisticsQuery.of(StatisticsReport.CUSTOMERS_BY_REGION, null, null)).isEmpty());
        assertTrue(errors(StatisticsQuery.of(StatisticsReport.ACTIVITIES_BY_USER, null,
                LocalDate.of(2024, 1, 1))).isEmpty());
    }

    @Test
    @DisplayName("A statistic by month spans at most sixty calendar months")
    void longestPeriod() {
        StatisticsQuery sixty = StatisticsQuery.of(StatisticsReport.PAYMENTS_BY_MONTH, LocalDate.of(2020, 1, 31),
                LocalDate.of(2024, 12, 1));
        assertEquals(60, StatisticsRules.months(sixty));
        assertTrue(errors(sixty).isEmpty());

        StatisticsQuery more = StatisticsQuery.of(StatisticsReport.PAYMENTS_BY_MONTH, LocalDate.of(2020, 1, 31),
                LocalDate.of(2025, 1, 1));
        assertEquals(List.of(StatisticsError.PERIOD_TOO_LONG), errors(more));
    }

    @Test
    @DisplayName("Only the filters of the statistic's records become conditions")
    void filterConditions() {
        StatisticsQuery query = new StatisticsQuery(StatisticsReport.CUSTOMERS_BY_STATUS, null, null, null,
                CustomerType.INDIVIDUAL, CustomerStatus.ACTIVE, ContractStatus.COMPLETED, "CASH", "CALL", List.of());

        assertEquals(List.of(new Condition(ConditionField.CUSTOMER_TYPE, ConditionOperator.EQUALS, "INDIVIDUAL")),
                query.filterConditions(), "a status filter on customers by status would hide the other rows");

        StatisticsQuery payments = new StatisticsQuery(StatisticsReport.PAYMENTS_BY_MONTH, null, null, null,
                CustomerType.INDIVIDUAL, null, ContractStatus.COMPLETED, "CASH", "CALL", List.of());
        assertEquals(List.of(new Condition(ConditionField.CONTRACT_STATUS, ConditionOperator.EQUALS, "COMPLETED"),
                new Condition(ConditionField.PAYMENT_METHOD, ConditionOperator.EQUALS, "CASH")),
                payments.filterConditions());
    }
}
