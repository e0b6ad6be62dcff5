package org.xtoolscrm.report.daily;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One user's figures for a day, or summed over several days. Amounts are in the company
 * currency. The activities by type add up to {@code activities}.
 *
 * @param userId the user the figures belong to
 * @param activitiesByType activity counts by ACTIVITY_TYPE option code, in code order
 */
public record DailyFigures(long userId, long customersCreated, long contactsCreated, long activities,
                           long schedulesDone, long tasksCompleted, long opportunitiesCreated, long stageAdvances,
                           long dealsWon, BigDecimal wonAmount, long dealsLost, BigDecimal lostAmount,
                           long contractsSigned, BigDecimal contractAmount, long paymentsReceived,
                           BigDecimal paymentAmount, long expensesFiled, BigDecimal expenseAmount, long logins,
                           long recordsCreated, long recordsEdited, Map<String, Long> activitiesByType)
        implements Serializable {

    public DailyFigures {
        activitiesByType = Map.copyOf(activitiesByType);
    }

    /**
     * The constructor of JPQL's constructor expressions: sums come as {@code Long} and
     * {@code BigDecimal}, and the activities by type are read separately.
     */
    public DailyFigures(Long userId, Long customersCreated, Long contactsCreated, Long activities,
                        Long schedulesDone, Long tasksCompleted, Long opportunitiesCreated, Long stageAdvances,
                        Long dealsWon, BigDecimal wonAmount, Long dealsLost, BigDecimal lostAmount,
                        Long contractsSigned, BigDecimal contractAmount, Long paymentsReceived,
                        BigDecimal paymentAmount, Long expensesFiled, BigDecimal expenseAmount, Long logins,
                        Long recordsCreated, Long recordsEdited) {
        this(userId, customersCreated, contactsCreated, activities, schedulesDone, tasksCompleted,
                opportunitiesCreated, stageAdvances, dealsWon, wonAmount, dealsLost, lostAmount, contractsSigned,
                contractAmount, paymentsReceived, paymentAmount, expensesFiled, expenseAmount, logins,
                recordsCreated, recordsEdited, Map.of());
    }

    /** Returns figures of a user who recorded nothing. */
    public static DailyFigures none(long userId) {
        return new DailyFigures(userId, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0, Map.of());
    }

    /** Returns the same figures with the activities by type. */
    public DailyFigures withActivitiesByType(Map<String, Long> byType) {
        return new DailyFigures(userId, customersCreated, contactsCreated, activities, schedulesDone, tasksCompleted,
                opportunitiesCreated, stageAdvances, dealsWon, wonAmount, dealsLost, lostAmount, contractsSigned,
                contractAmount, paymentsReceived, paymentAmount, expensesFiled, expenseAmount, logins,
                recordsCreated, recordsEdited, new TreeMap<>(byType));
    }

    /** Returns the count of activities of one type, zero when there were none. */
    public long activitiesOfType(String type) {
        return activitiesByType.getOrDefault(type, 0L);
    }
}
