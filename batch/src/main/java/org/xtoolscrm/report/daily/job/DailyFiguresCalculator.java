package org.xtoolscrm.report.daily.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.report.daily.DailyFigures;
import org.xtoolscrm.report.daily.DayWindow;
import org.xtoolscrm.report.daily.FigureSource;

/**
 * Counts one user's day from the records, one indexed query per source of figures; what
 * each figure counts is written in {@link FigureSource}. Amounts are converted into the
 * company currency and rounded once to the cent.
 */
@Dependent
class DailyFiguresCalculator {

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    /**
     * Computes the user's figures for the day.
     *
     * @throws UserReportFailedException when a query fails or an amount is in a currency
     *                                   without an exchange rate
     */
    DailyFigures compute(ReportedUser user, DayWindow day, Rates rates) throws UserReportFailedException {
        try (Connection connection = dataSource.getConnection()) {
            Queries query = new Queries(connection, user, day);
            Map<String, Long> activities = query.byType();
            long activityTotal = activities.values().stream().mapToLong(Long::longValue).sum();
            Money won = query.money(FigureSource.WON_DEALS);
            Money lost = query.money(FigureSource.LOST_DEALS);
            Money contracts = query.money(FigureSource.CONTRACTS);
            Money payments = query.money(FigureSource.PAYMENTS);
            Money expenses = query.money(FigureSource.EXPENSES);
            return new DailyFigures(user.id(),
                    query.count(FigureSource.CUSTOMERS),
                    query.count(FigureSource.CONTACTS),
                    activityTotal,
                    query.count(FigureSource.SCHEDULES_DONE),
                    query.count(FigureSource.TASKS_COMPLETED),
                    query.count(FigureSource.OPPORTUNITIES),
                    query.count(FigureSource.STAGE_ADVANCES),
                    won.count(), won.inCompanyCurrency(rates, user, "won deals"),
                    lost.count(), lost.inCompanyCurrency(rates, user, "lost deals"),
                    contracts.count(), contracts.inCompanyCurrency(rates, user, "contracts signed"),
                    payments.count(), payments.inCompanyCurrency(rates, user, "payments received"),
                    expenses.count(), expenses.inCompanyCurrency(rates, user, "expenses filed"),
                    query.count(FigureSource.LOGINS),
                    query.count(FigureSource.RECORDS_CREATED),
                    query.count(FigureSource.RECORDS_EDITED),
                    activities);
        } catch (SQLException e) {
            throw new UserReportFailedException(user.id(), "The figures of " + user.login() + " could not be read "
                    + "from the database: " + e.getMessage(), e);
        }
    }

    /** The queries of one user and day on one connection. */
    private record Queries(Connection connection, ReportedUser user, DayWindow day) {

        long count(FigureSource source) throws SQLException {
            try (PreparedStatement select = prepare(source, source.countSql());
                 ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }

        Map<String, Long> byType() throws SQLException {
            Map<String, Long> counts = new HashMap<>();
            try (PreparedStatement select = prepare(FigureSource.ACTIVITIES, FigureSource.ACTIVITIES.byTypeSql());
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    counts.merge(result.getString(1), result.getLong(2), Long::sum);
                }
            }
            return counts;
        }

        Money money(FigureSource source) throws SQLException {
            long count = 0;
            Map<String, BigDecimal> amounts = new HashMap<>();
            try (PreparedStatement select = prepare(source, source.moneySql());
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    count += result.getLong(2);
                    amounts.merge(result.getString(1), result.getBigDecimal(3), BigDecimal::add);
                }
            }
            return new Money(count, amounts);
        }

        private PreparedStatement prepare(FigureSource source, String sql) throws SQLException {
            PreparedStatement select = connection.prepareStatement(sql);
            source.bind(select, user.id(), user.login(), day);
            return select;
        }
    }

    /** A count and the amounts by currency of one source. */
    private record Money(long count, Map<String, BigDecimal> byCurrency) {

        BigDecimal inCompanyCurrency(Rates rates, ReportedUser user, String what) throws UserReportFailedException {
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> amount : byCurrency.entrySet()) {
                BigDecimal converted = rates.toCompany(amount.getKey(), amount.getValue());
                if (converted == null) {
                    throw new UserReportFailedException(user.id(), "The " + what + " of " + user.login()
                            + " include an amount in " + amount.getKey() + ", which has no exchange rate. A Boss "
                            + "adds the rate under Currency rates, then runs the report for this date again.", null);
                }
                total = total.add(converted);
            }
            return Rates.toCent(total);
        }
    }
}
