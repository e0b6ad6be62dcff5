package org.xtoolscrm.report.statistics;

import java.util.EnumSet;
import java.util.Set;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.customer.CustomerType;
import org.xtoolscrm.dictionary.DictionaryList;

/**
 * A field that an advanced query condition may test. Every counted record has a customer,
 * so the customer's fields apply to every statistic. The contract's fields apply to contracts
 * and to the payments on them. The path uses the aliases of the statistics queries:
 * {@code c} for the customer, {@code k} for the contract, {@code r} for the payment and
 * {@code a} for the activity.
 */
public enum ConditionField {
    CUSTOMER_STATUS("c.status", ValueKind.CHOICE, false, CustomerStatus.class, null, customerOrAny()),
    CUSTOMER_TYPE("c.type", ValueKind.CHOICE, false, CustomerType.class, null, customerOrAny()),
    /** Matched by the option's code and both labels, because customers store the industry as text. */
    INDUSTRY("c.industry", ValueKind.DICTIONARY, true, null, DictionaryList.INDUSTRY, customerOrAny()),
    /** Matched by the option's code and both labels, because customers store the region as text. */
    REGION("c.region", ValueKind.DICTIONARY, true, null, DictionaryList.REGION, customerOrAny()),
    PROVINCE("c.province", ValueKind.TEXT, true, null, null, customerOrAny()),
    CITY("c.city", ValueKind.TEXT, true, null, null, customerOrAny()),
    CUSTOMER_NAME("c.name", ValueKind.TEXT, false, null, null, customerOrAny()),
    /** The day, in the company's time zone, on which the customer was created. */
    CUSTOMER_CREATED("c.createdAt", ValueKind.DATE, false, null, null, customerOrAny()),
    CONTRACT_STATUS("k.status", ValueKind.CHOICE, false, ContractStatus.class, null, contractOrPayment()),
    /** The contract's amount in its own currency, not converted. */
    CONTRACT_AMOUNT("k.amount", ValueKind.AMOUNT, false, null, null, contractOrPayment()),
    CONTRACT_SIGNED("k.signedOn", ValueKind.DATE, false, null, null, contractOrPayment()),
    /** The payment's amount in its contract's currency, not converted. */
    PAYMENT_AMOUNT("r.amount", ValueKind.AMOUNT, false, null, null, EnumSet.of(StatisticsSubject.PAYMENT)),
    PAYMENT_METHOD("r.method", ValueKind.DICTIONARY, false, null, DictionaryList.PAYMENT_METHOD,
            EnumSet.of(StatisticsSubject.PAYMENT)),
    ACTIVITY_TYPE("a.type", ValueKind.DICTIONARY, false, null, DictionaryList.ACTIVITY_TYPE,
            EnumSet.of(StatisticsSubject.ACTIVITY));

    private final String path;
    private final ValueKind kind;
    private final boolean optional;
    private final Class<? extends Enum<?>> choices;
    private final DictionaryList dictionaryList;
    private final Set<StatisticsSubject> subjects;

    ConditionField(String path, ValueKind kind, boolean optional, Class<? extends Enum<?>> choices,
                   DictionaryList dictionaryList, Set<StatisticsSubject> subjects) {
        this.path = path;
        this.kind = kind;
        this.optional = optional;
        this.choices = choices;
        this.dictionaryList = dictionaryList;
        this.subjects = subjects;
    }

    private static Set<StatisticsSubject> customerOrAny() {
        return EnumSet.allOf(StatisticsSubject.class);
    }

    private static Set<StatisticsSubject> contractOrPayment() {
        return EnumSet.of(StatisticsSubject.CONTRACT, StatisticsSubject.PAYMENT);
    }

    /** Returns the JPQL path of the field in the statistics queries. */
    public String path() {
        return path;
    }

    public ValueKind kind() {
        return kind;
    }

    /** Returns whether the field may be empty, so that the emptiness tests apply to it. */
    public boolean optional() {
        return optional;
    }

    /** Returns the enum whose constant names are the values of a {@link ValueKind#CHOICE} field, else null. */
    public Class<? extends Enum<?>> choices() {
        return choices;
    }

    /** Returns the dictionary list of a {@link ValueKind#DICTIONARY} field, else null. */
    public DictionaryList dictionaryList() {
        return dictionaryList;
    }

    /** Returns whether the field exists on the records of the subject. */
    public boolean appliesTo(StatisticsSubject subject) {
        return subjects.contains(subject);
    }

    /** Returns the operators the field allows: those of its kind, and the emptiness tests when it is optional. */
    public Set<ConditionOperator> operators() {
        Set<ConditionOperator> operators = kind.operators();
        if (optional) {
            operators.add(ConditionOperator.IS_EMPTY);
            operators.add(ConditionOperator.IS_NOT_EMPTY);
        }
        return operators;
    }
}
