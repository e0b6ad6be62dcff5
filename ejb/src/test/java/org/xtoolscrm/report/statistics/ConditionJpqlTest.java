package org.xtoolscrm.report.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.persistence.JpqlCondition;

class ConditionJpqlTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static JpqlCondition jpql(Condition... conditions) {
        return ConditionJpql.of(List.of(conditions), SHANGHAI, condition -> Set.of("IT"));
    }

    @Test
    @DisplayName("Conditions join with AND, each with its own parameter")
    void joinedWithAnd() {
        JpqlCondition condition = jpql(
                new Condition(ConditionField.CUSTOMER_STATUS, ConditionOperator.EQUALS, "ACTIVE"),
                new Condition(ConditionField.INDUSTRY, ConditionOperator.EQUALS, "IT"),
                new Condition(ConditionField.CONTRACT_AMOUNT, ConditionOperator.GREATER_THAN, "500.5"));

        assertEquals("c.status = :cond1 AND c.industry IN :cond2 AND k.amount > :cond3", condition.jpql());
        assertEquals(CustomerStatus.ACTIVE, condition.parameters().get("cond1"));
        assertEquals(Set.of("IT"), condition.parameters().get("cond2"));
        assertEquals(new BigDecimal("500.5"), condition.parameters().get("cond3"));
    }

    @Test
    @DisplayName("No conditions match every record")
    void none() {
        assertEquals("1 = 1", jpql().jpql());
    }

    @Test
    @DisplayName("Negating an optional field keeps the records where it is empty")
    void negationKeepsEmpty() {
        assertEquals("(c.industry IS NULL OR c.industry NOT IN :cond1)",
                jpql(new Condition(ConditionField.INDUSTRY, ConditionOperator.NOT_EQUALS, "IT")).jpql());
        assertEquals("(c.city IS NULL OR c.city <> :cond1)",
                jpql(new Condition(ConditionField.CITY, ConditionOperator.NOT_EQUALS, "Beijing")).jpql());
        assertEquals("c.name <> :cond1",
                jpql(new Condition(ConditionField.CUSTOMER_NAME, ConditionOperator.NOT_EQUALS, "Acme")).jpql());
        assertEquals("(c.region IS NULL OR c.region = '')",
                jpql(new Condition(ConditionField.REGION, ConditionOperator.IS_EMPTY, null)).jpql());
    }

    @Test
    @DisplayName("Text patterns escape the LIKE wildcards")
    void likePatterns() {
        JpqlCondition condition = jpql(new Condition(ConditionField.CUSTOMER_NAME, ConditionOperator.CONTAINS,
                " 50%_off "));
        assertEquals("c.name LIKE :cond1", condition.jpql());
        assertEquals("%50\\%\\_off%", condition.parameters().get("cond1"));
    }

    @Test
    @DisplayName("A creation day is the day in the company's time zone")
    void creationDay() {
        Instant start = Instant.parse("2024-02-29T16:00:00Z");
        Instant next = Instant.parse("2024-03-01T16:00:00Z");

        JpqlCondition on = jpql(new Condition(ConditionField.CUSTOMER_CREATED, ConditionOperator.EQUALS,
                "2024-03-01"));
        assertEquals("(c.createdAt >= :cond1 AND c.createdAt < :cond1to)", on.jpql());
        assertEquals(start, on.parameters().get("cond1"));
        assertEquals(next, on.parameters().get("cond1to"));

        JpqlCondition after = jpql(new Condition(ConditionField.CUSTOMER_CREATED, ConditionOperator.GREATER_THAN,
                "2024-03-01"));
        assertEquals("c.createdAt >= :cond1", after.jpql());
        assertEquals(next, after.parameters().get("cond1"));

        JpqlCondition until = jpql(new Condition(ConditionField.CUSTOMER_CREATED, ConditionOperator.LESS_OR_EQUAL,
                "2024-03-01"));
        assertEquals("c.createdAt < :cond1", until.jpql());
        assertEquals(next, until.parameters().get("cond1"));
    }
}
