package org.xtoolscrm.report.daily;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Lists the records behind one figure of one user's daily report, page by page, newest
 * first, through the same conditions the job counted with. Only a caller who may see the
 * user's report may list them, and a record on a customer hidden from the caller shows
 * without its label.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class DailyReportRecords {

    public static final int MAX_PAGE_SIZE = 100;

    private static final Logger LOG = Logger.getLogger(DailyReportRecords.class.getName());

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private CustomerService customers;

    /**
     * Returns how many records are behind the figure.
     *
     * @throws RecordNotFoundException when the user does not exist or the caller may not see their report
     */
    public long count(Figure figure, long userId, ReportPeriod period) {
        User user = visibleUser(userId);
        FigureSource source = figure.source();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(source.countSql())) {
            source.bind(select, user.getId(), user.getLogin(), window(period));
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failure(figure, userId, e);
        }
    }

    /**
     * Returns a page of the records behind the figure, newest first.
     *
     * @throws RecordNotFoundException when the user does not exist or the caller may not see their report
     */
    public List<FigureRecord> page(Figure figure, long userId, ReportPeriod period, int first, int size) {
        User user = visibleUser(userId);
        FigureSource source = figure.source();
        List<FigureRecord> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(source.listSql())) {
            int next = source.bind(select, user.getId(), user.getLogin(), window(period));
            select.setInt(next, Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
            select.setInt(next + 1, Math.max(0, first));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(read(result));
                }
            }
        } catch (SQLException e) {
            throw failure(figure, userId, e);
        }
        return masked(rows, source);
    }

    /**
     * Returns the name of a user whose report the caller may see.
     *
     * @throws RecordNotFoundException when the user does not exist or the caller may not see their report
     */
    public String userName(long userId) {
        return visibleUser(userId).getDisplayName();
    }

    private User visibleUser(long userId) {
        User user = em.find(User.class, userId);
        if (user == null || !access.currentScope().canSee(userId)) {
            throw new RecordNotFoundException("User", userId);
        }
        return user;
    }

    private static DayWindow window(ReportPeriod period) {
        return DayWindow.of(period.from(), period.to(), CompanyCalendar.current().zone());
    }

    private static FigureRecord read(ResultSet result) throws SQLException {
        Object when = result.getObject(3);
        long customerId = result.getLong(4);
        Long customer = result.wasNull() ? null : customerId;
        return new FigureRecord(result.getLong(1), result.getString(2),
                when instanceof LocalDateTime time ? time.toInstant(ZoneOffset.UTC)
                        : when instanceof Timestamp stamp ? stamp.toLocalDateTime().toInstant(ZoneOffset.UTC) : null,
                when instanceof java.sql.Date day ? day.toLocalDate()
                        : when instanceof java.time.LocalDate day ? day : null,
                customer, result.getString(5), result.getBigDecimal(6), true);
    }

    /** Hides the label of records on customers the caller may not see, unless the user owns the record. */
    private List<FigureRecord> masked(List<FigureRecord> rows, FigureSource source) {
        if (source.ownedByUser() || access.currentScope().all()) {
            return rows;
        }
        Set<Long> ids = new HashSet<>();
        rows.stream().map(FigureRecord::customerId).filter(id -> id != null).forEach(ids::add);
        Set<Long> visible = ids.isEmpty() ? Set.of() : visibleCustomers(ids);
        return rows.stream().map(row -> row.customerId() == null || visible.contains(row.customerId()) ? row
                : new FigureRecord(row.id(), null, row.time(), row.date(), null, row.currency(), row.amount(), false))
                .toList();
    }

    private Set<Long> visibleCustomers(Set<Long> ids) {
        JpqlCondition visible = customers.visibleCondition("c");
        TypedQuery<Long> query = em.createQuery("SELECT c.id FROM Customer c WHERE c.id IN :ids AND "
                + visible.jpql(), Long.class).setParameter("ids", ids);
        visible.parameters().forEach(query::setParameter);
        return new HashSet<>(query.getResultList());
    }

    private static RuntimeException failure(Figure figure, long userId, SQLException e) {
        LOG.log(Level.SEVERE, "Records behind " + figure + " of user " + userId + " could not be read", e);
        return new IllegalStateException("The records could not be read: " + e.getMessage(), e);
    }
}
