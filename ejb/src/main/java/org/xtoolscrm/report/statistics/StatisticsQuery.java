package org.xtoolscrm.report.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.customer.CustomerType;
import org.xtoolscrm.opportunity.OwnerFilter;

/**
 * The scope of a statistic. The period limits each subject by its own date; either end may be
 * null for no limit, except that a statistic by month needs both. The filters for one subject
 * are ignored by the others, because the page offers only those of the chosen statistic.
 *
 * @param owners         whose records: everything visible, a team or one user; null for everything visible
 * @param customerType   customers of this type only, or null; customer statistics only
 * @param customerStatus customers in this status only, or null; customer statistics only
 * @param contractStatus contracts in this status only, or null for every signed contract; contracts and payments
 * @param paymentMethod  the code of a payment method option, or null; payments only
 * @param activityType   the code of an activity type option, or null; activities only
 * @param conditions     the advanced query's conditions, all of which must hold
 */
public record StatisticsQuery(StatisticsReport report, LocalDate from, LocalDate to, OwnerFilter owners,
                              CustomerType customerType, CustomerStatus customerStatus,
                              ContractStatus contractStatus, String paymentMethod, String activityType,
                              List<Condition> conditions) implements Serializable {

    public StatisticsQuery {
        if (report == null) {
            throw new IllegalArgumentException("A statistics query needs a report");
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** Returns a query of the report over the period without filters or conditions. */
    public static StatisticsQuery of(StatisticsReport report, LocalDate from, LocalDate to) {
        return new StatisticsQuery(report, from, to, null, null, null, null, null, null, List.of());
    }

    public StatisticsQuery withOwners(OwnerFilter filter) {
        return new StatisticsQuery(report, from, to, filter, customerType, customerStatus, contractStatus,
                paymentMethod, activityType, conditions);
    }

    public StatisticsQuery withConditions(List<Condition> list) {
        return new StatisticsQuery(report, from, to, owners, customerType, customerStatus, contractStatus,
                paymentMethod, activityType, list);
    }

    /**
     * Returns the filters that apply to the report's subject as conditions, so they take the
     * same path into the query as the advanced ones.
     */
    public List<Condition> filterConditions() {
        List<Condition> filters = new ArrayList<>();
        switch (report.subject()) {
            case CUSTOMER -> {
                add(filters, ConditionField.CUSTOMER_TYPE, customerType == null ? null : customerType.name());
                if (report != StatisticsReport.CUSTOMERS_BY_STATUS) {
                    add(filters, ConditionField.CUSTOMER_STATUS,
                            customerStatus == null ? null : customerStatus.name());
                }
            }
            case CONTRACT -> add(filters, ConditionField.CONTRACT_STATUS,
                    contractStatus == null ? null : contractStatus.name());
            case PAYMENT -> {
                add(filters, ConditionField.CONTRACT_STATUS, contractStatus == null ? null : contractStatus.name());
                add(filters, ConditionField.PAYMENT_METHOD, paymentMethod);
            }
            case ACTIVITY -> add(filters, ConditionField.ACTIVITY_TYPE, activityType);
        }
        return filters;
    }

    private static void add(List<Condition> filters, ConditionField field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(new Condition(field, ConditionOperator.EQUALS, value));
        }
    }
}
