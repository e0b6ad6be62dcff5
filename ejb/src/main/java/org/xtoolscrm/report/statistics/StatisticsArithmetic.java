package org.xtoolscrm.report.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.money.ConvertedSum;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.report.Percentages;

/**
 * Builds statistics from the counts and sums that the GROUP BY queries return. It merges the
 * groups of one dictionary option and fills in the months without records. It also converts
 * amounts into the company currency and computes each row's share of the total.
 */
final class StatisticsArithmetic {

    private StatisticsArithmetic() {
    }

    /**
     * Returns a distribution such as customers by status. With {@code fixedOrder} the rows keep
     * the given order and rows without records stay; otherwise rows with equal groups are merged,
     * and the rows are sorted by count, the largest first, then by code, with the empty group last.
     */
    static Statistics distribution(StatisticsQuery query, String currency, List<GroupCount> counts,
                                   boolean fixedOrder) {
        Map<StatisticsGroup, Long> merged = new LinkedHashMap<>();
        for (GroupCount count : counts) {
            merged.merge(count.group(), count.count(), Long::sum);
        }
        List<Map.Entry<StatisticsGroup, Long>> entries = new ArrayList<>(merged.entrySet());
        if (!fixedOrder) {
            entries.sort(Comparator.<Map.Entry<StatisticsGroup, Long>, Boolean>comparing(e -> e.getKey().isEmpty())
                    .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                    .thenComparing(e -> e.getKey().code(), Comparator.nullsLast(Comparator.naturalOrder())));
        }
        long total = entries.stream().mapToLong(Map.Entry::getValue).sum();
        List<StatisticsRow> rows = entries.stream()
                .map(e -> new StatisticsRow(e.getKey(), e.getValue(), null, Percentages.of(e.getValue(), total),
                        List.of()))
                .toList();
        return new Statistics(query, currency, List.of(), rows, total, null, List.of(), Set.of());
    }

    /**
     * Returns the group of an industry or region as customers store it, as free text: the
     * dictionary option whose code or label it equals, ignoring case and surrounding blanks, or
     * else a group of the text itself. Blank text is the empty group.
     */
    static StatisticsGroup optionGroup(String text, List<DictionaryOption> options) {
        if (text == null || text.isBlank()) {
            return StatisticsGroup.empty();
        }
        String stored = text.strip();
        for (DictionaryOption option : options) {
            if (stored.equalsIgnoreCase(option.getCode()) || stored.equalsIgnoreCase(option.getLabelZh())
                    || stored.equalsIgnoreCase(option.getLabelEn())) {
                return new StatisticsGroup(option.getCode(), option.getLabelZh(), option.getLabelEn());
            }
        }
        return StatisticsGroup.named(stored, stored);
    }

    /**
     * Returns a statistic by month over every month from the first to the last, both included;
     * months without records show zero. Amounts of several currencies are converted and
     * rounded once per month, and the total is the sum of the rounded months, so the table adds up.
     *
     * @param withAmount whether the records have amounts (contracts, payments) or only a count (customers)
     */
    static Statistics byMonth(StatisticsQuery query, YearMonth first, YearMonth last, List<MonthMoney> sums,
                              Rates rates, boolean withAmount) {
        Map<YearMonth, Long> counts = new TreeMap<>();
        Map<YearMonth, ConvertedSum> amounts = new TreeMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            counts.put(month, 0L);
            amounts.put(month, new ConvertedSum(rates));
        }
        Set<String> unconverted = new TreeSet<>();
        for (MonthMoney sum : sums) {
            if (!counts.containsKey(sum.month())) {
                throw new IllegalArgumentException("Month " + sum.month() + " lies outside " + first + " to " + last);
            }
            counts.merge(sum.month(), sum.count(), Long::sum);
            if (withAmount) {
                amounts.get(sum.month()).add(sum.currency(), sum.amount());
            }
        }
        List<StatisticsRow> rows = new ArrayList<>();
        long totalCount = 0;
        BigDecimal totalAmount = BigDecimal.ZERO;
        for (Map.Entry<YearMonth, Long> entry : counts.entrySet()) {
            ConvertedSum amount = amounts.get(entry.getKey());
            unconverted.addAll(amount.unconverted());
            BigDecimal rounded = withAmount ? amount.rounded() : null;
            rows.add(new StatisticsRow(StatisticsGroup.coded(entry.getKey().toString()), entry.getValue(), rounded,
                    null, List.of()));
            totalCount += entry.getValue();
            if (withAmount) {
                totalAmount = totalAmount.add(rounded);
            }
        }
        return new Statistics(query, rates.companyCurrency(), List.of(), rows, totalCount,
                withAmount ? totalAmount : null, List.of(), unconverted);
    }

    /**
     * Returns activities per user split by type. The series are the dictionary's activity types
     * in its order, then any stored type the dictionary no longer has, so no activity goes
     * uncounted. Users are sorted by their total, the largest first, then by name.
     */
    static Statistics activities(StatisticsQuery query, String currency, List<UserTypeCount> counts,
                                 List<DictionaryOption> types) {
        Map<String, StatisticsGroup> series = new LinkedHashMap<>();
        for (DictionaryOption type : types) {
            series.put(type.getCode(), new StatisticsGroup(type.getCode(), type.getLabelZh(), type.getLabelEn()));
        }
        Map<Long, StatisticsGroup> users = new LinkedHashMap<>();
        Map<Long, Map<String, Long>> byUser = new LinkedHashMap<>();
        for (UserTypeCount count : counts) {
            series.putIfAbsent(count.type(), StatisticsGroup.named(count.type(), count.type()));
            users.putIfAbsent(count.userId(), StatisticsGroup.named(Long.toString(count.userId()), count.userName()));
            byUser.computeIfAbsent(count.userId(), id -> new LinkedHashMap<>())
                    .merge(count.type(), count.count(), Long::sum);
        }
        List<String> codes = series.values().stream()
                .filter(group -> counts.stream().anyMatch(count -> count.type().equals(group.code()))
                        || types.stream().anyMatch(type -> type.isEnabled() && type.getCode().equals(group.code())))
                .map(StatisticsGroup::code)
                .toList();

        List<StatisticsRow> rows = new ArrayList<>();
        long[] seriesTotals = new long[codes.size()];
        for (Map.Entry<Long, StatisticsGroup> user : users.entrySet()) {
            Map<String, Long> perType = byUser.get(user.getKey());
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                long value = perType.getOrDefault(codes.get(i), 0L);
                values.add(value);
                seriesTotals[i] += value;
            }
            long total = values.stream().mapToLong(Long::longValue).sum();
            rows.add(new StatisticsRow(user.getValue(), total, null, null, values));
        }
        rows.sort(Comparator.comparingLong(StatisticsRow::count).reversed()
                .thenComparing(row -> row.group().label(Locale.ROOT)));
        long totalCount = rows.stream().mapToLong(StatisticsRow::count).sum();
        List<StatisticsGroup> shownSeries = codes.stream().map(series::get).toList();
        List<Long> totals = new ArrayList<>();
        for (long value : seriesTotals) {
            totals.add(value);
        }
        return new Statistics(query, currency, shownSeries, rows, totalCount, null, totals, Set.of());
    }
}
