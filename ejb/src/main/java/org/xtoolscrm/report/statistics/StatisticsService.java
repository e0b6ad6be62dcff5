package org.xtoolscrm.report.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.ContractVisibility;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.money.CurrencyRateService;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.opportunity.OpportunityVisibility;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Computes the statistics of the statistics page. Each statistic counts and sums in one GROUP
 * BY query, or one per UTC offset for new customers by month. The query covers the records the
 * caller may see by the rule of the matching list: customers by the customer list's rule,
 * contracts and their payments by the contract list's, and activities by their customer's. A
 * Boss thus counts the company, a Manager their team, and a salesperson their own records,
 * each with the customers shared with them.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class StatisticsService {

    private static final Logger LOG = Logger.getLogger(StatisticsService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CustomerService customers;

    @EJB
    private DictionaryService dictionary;

    @EJB
    private CurrencyRateService rates;

    @Inject
    private ContractVisibility contractVisibility;

    @Inject
    private OpportunityVisibility ownerFilters;

    @Inject
    private Principal caller;

    /**
     * Computes a statistic.
     *
     * @throws InvalidStatisticsQueryException with every problem of the period, the filters and the conditions
     */
    public Statistics statistics(StatisticsQuery query) {
        long started = System.nanoTime();
        Map<DictionaryList, List<DictionaryOption>> options = new EnumMap<>(DictionaryList.class);
        List<Condition> conditions = checkedConditions(query, options);
        ZoneId zone = CompanyCalendar.current().zone();
        JpqlCondition matching = ConditionJpql.of(conditions, zone, condition -> matches(condition, options));
        StatisticsSubject subject = query.report().subject();
        StatisticsRecords records = new StatisticsRecords(subject, visibility(subject),
                ownerFilters.owners(query.owners()), query.from(), query.to(), zone, matching);

        Rates current = rates.current();
        Statistics statistics = switch (query.report()) {
            case CUSTOMERS_BY_STATUS -> byStatus(query, records, current.companyCurrency());
            case CUSTOMERS_BY_INDUSTRY -> byOption(query, records, "c.industry",
                    options(options, DictionaryList.INDUSTRY), current.companyCurrency());
            case CUSTOMERS_BY_REGION -> byOption(query, records, "c.region",
                    options(options, DictionaryList.REGION), current.companyCurrency());
            case CUSTOMERS_BY_OWNER -> byOwner(query, records, current.companyCurrency());
            case NEW_CUSTOMERS_BY_MONTH -> newCustomers(query, records, zone, current);
            case CONTRACTS_BY_MONTH -> moneyByMonth(query, records, "k.signedOn", "COUNT(k), SUM(k.amount)",
                    current);
            case PAYMENTS_BY_MONTH -> moneyByMonth(query, records, "r.receivedOn", "COUNT(r), SUM(r.amount)",
                    current);
            case ACTIVITIES_BY_USER -> activities(query, records, options(options, DictionaryList.ACTIVITY_TYPE),
                    current.companyCurrency());
        };
        LOG.fine(() -> "Statistics " + query.report() + " for " + caller.getName() + ": " + statistics.rows().size()
                + " rows in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return statistics;
    }

    /**
     * Returns the filters and the advanced conditions as one list, after checking them. The
     * code of a dictionary condition must name an option of its list, enabled or not.
     */
    private List<Condition> checkedConditions(StatisticsQuery query,
                                              Map<DictionaryList, List<DictionaryOption>> options) {
        List<StatisticsProblem> problems = new ArrayList<>(StatisticsRules.problems(query));
        List<Condition> filters = query.filterConditions();
        for (Condition filter : filters) {
            StatisticsError error = ConditionRules.check(filter, query.report().subject());
            if (error == null && !knownOption(filter, options)) {
                error = StatisticsError.OPTION_UNKNOWN;
            }
            if (error != null) {
                problems.add(new StatisticsProblem(0, filter.field(), error, filter.trimmedValue()));
            }
        }
        List<Condition> advanced = query.conditions();
        for (int i = 0; i < advanced.size(); i++) {
            Condition condition = advanced.get(i);
            int position = i + 1;
            boolean checked = problems.stream().noneMatch(problem -> problem.position() == position);
            if (checked && !knownOption(condition, options)) {
                problems.add(new StatisticsProblem(position, condition.field(), StatisticsError.OPTION_UNKNOWN,
                        condition.trimmedValue()));
            }
        }
        if (!problems.isEmpty()) {
            LOG.fine(() -> "Statistics query of " + caller.getName() + " rejected: " + problems);
            throw new InvalidStatisticsQueryException(problems);
        }
        List<Condition> all = new ArrayList<>(filters);
        all.addAll(advanced);
        return all;
    }

    private boolean knownOption(Condition condition, Map<DictionaryList, List<DictionaryOption>> options) {
        DictionaryList list = condition.field() == null ? null : condition.field().dictionaryList();
        if (list == null || !condition.operator().needsValue()) {
            return true;
        }
        return options(options, list).stream().anyMatch(option -> option.getCode().equals(condition.trimmedValue()));
    }

    /**
     * Returns the stored values that match a dictionary condition: the option's code, and for
     * industry and region, which customers store as text, its labels too.
     */
    private static Collection<String> matches(Condition condition, Map<DictionaryList, List<DictionaryOption>> options) {
        DictionaryList list = condition.field().dictionaryList();
        DictionaryOption option = options.get(list).stream()
                .filter(candidate -> candidate.getCode().equals(condition.trimmedValue()))
                .findFirst()
                .orElseThrow();
        if (list == DictionaryList.INDUSTRY || list == DictionaryList.REGION) {
            return Set.of(option.getCode(), option.getLabelZh(), option.getLabelEn());
        }
        return Set.of(option.getCode());
    }

    private List<DictionaryOption> options(Map<DictionaryList, List<DictionaryOption>> options, DictionaryList list) {
        return options.computeIfAbsent(list, key -> dictionary.options(key, true));
    }

    private JpqlCondition visibility(StatisticsSubject subject) {
        return switch (subject) {
            case CUSTOMER, ACTIVITY -> customers.visibleCondition("c");
            case CONTRACT, PAYMENT -> contractVisibility.condition();
        };
    }

    private Statistics byStatus(StatisticsQuery query, StatisticsRecords records, String currency) {
        Map<CustomerStatus, Long> counts = new EnumMap<>(CustomerStatus.class);
        for (CustomerStatus status : CustomerStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : records.query(em, "SELECT c.status, COUNT(c)", " GROUP BY c.status", Object[].class)
                .getResultList()) {
            counts.put((CustomerStatus) row[0], ((Number) row[1]).longValue());
        }
        List<GroupCount> groups = counts.entrySet().stream()
                .map(entry -> new GroupCount(StatisticsGroup.coded(entry.getKey().name()), entry.getValue()))
                .toList();
        return StatisticsArithmetic.distribution(query, currency, groups, true);
    }

    /** Counts customers by a text field that the dictionary labels, merging the texts of one option. */
    private Statistics byOption(StatisticsQuery query, StatisticsRecords records, String path,
                                List<DictionaryOption> options, String currency) {
        List<GroupCount> groups = records.query(em, "SELECT " + path + ", COUNT(c)", " GROUP BY " + path,
                        Object[].class)
                .getResultList().stream()
                .map(row -> new GroupCount(StatisticsArithmetic.optionGroup((String) row[0], options),
                        ((Number) row[1]).longValue()))
                .toList();
        return StatisticsArithmetic.distribution(query, currency, groups, false);
    }

    private Statistics byOwner(StatisticsQuery query, StatisticsRecords records, String currency) {
        List<GroupCount> groups = records.query(em, "SELECT o.id, o.displayName, COUNT(c)",
                        " GROUP BY o.id, o.displayName", Object[].class)
                .getResultList().stream()
                .map(row -> new GroupCount(StatisticsGroup.named(row[0].toString(), (String) row[1]),
                        ((Number) row[2]).longValue()))
                .toList();
        return StatisticsArithmetic.distribution(query, currency, groups, false);
    }

    /** Counts new customers by the month of the company's calendar they were created in. */
    private Statistics newCustomers(StatisticsQuery query, StatisticsRecords records, ZoneId zone, Rates current) {
        Instant start = StatisticsRecords.startOf(query.from(), zone);
        Instant end = StatisticsRecords.startOf(query.to().plusDays(1), zone);
        List<MonthMoney> sums = new ArrayList<>();
        for (OffsetSegment segment : OffsetSegment.of(start, end, zone)) {
            String month = MonthKeys.ofInstant("c.createdAt", segment.offsetSeconds());
            JpqlCondition inSegment = new JpqlCondition("c.createdAt >= :segmentStart AND c.createdAt < :segmentEnd",
                    Map.of("segmentStart", segment.start(), "segmentEnd", segment.end()));
            for (Object[] row : records.query(em, "SELECT " + month + " AS month, COUNT(c)", inSegment,
                    " GROUP BY month", Object[].class).getResultList()) {
                sums.add(new MonthMoney(MonthKeys.month((Number) row[0]), null, ((Number) row[1]).longValue(),
                        null));
            }
        }
        return StatisticsArithmetic.byMonth(query, YearMonth.from(query.from()), YearMonth.from(query.to()), sums,
                current, false);
    }

    /**
     * Counts and sums contracts or payments by month and currency, and converts the sums.
     *
     * @param datePath the day that decides the month
     * @param measures the COUNT and SUM of the SELECT clause
     */
    private Statistics moneyByMonth(StatisticsQuery query, StatisticsRecords records, String datePath,
                                    String measures, Rates current) {
        String month = MonthKeys.ofDate(datePath);
        List<MonthMoney> sums = records.query(em, "SELECT " + month + " AS month, k.currency, " + measures,
                        " GROUP BY month, k.currency", Object[].class)
                .getResultList().stream()
                .map(row -> new MonthMoney(MonthKeys.month((Number) row[0]), (String) row[1],
                        ((Number) row[2]).longValue(), (BigDecimal) row[3]))
                .toList();
        return StatisticsArithmetic.byMonth(query, YearMonth.from(query.from()), YearMonth.from(query.to()), sums,
                current, true);
    }

    private Statistics activities(StatisticsQuery query, StatisticsRecords records, List<DictionaryOption> types,
                                  String currency) {
        List<UserTypeCount> counts = records.query(em, "SELECT o.id, o.displayName, a.type, COUNT(a)",
                        " GROUP BY o.id, o.displayName, a.type", Object[].class)
                .getResultList().stream()
                .map(row -> new UserTypeCount(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        ((Number) row[3]).longValue()))
                .toList();
        return StatisticsArithmetic.activities(query, currency, counts, types);
    }
}
