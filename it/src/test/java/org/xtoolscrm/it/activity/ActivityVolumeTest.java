package org.xtoolscrm.it.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.activity.ActivityForm;
import org.xtoolscrm.activity.ActivityService;
import org.xtoolscrm.activity.TimelinePage;
import org.xtoolscrm.activity.TimelinePosition;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/**
 * The timeline with 1,000,000 rows in the activity table, 131,072 of them on one
 * customer. It fills the table with MySQL/MariaDB SQL, which took 35 to 66 seconds on a
 * 2-core machine with MariaDB 10.11, so it runs only with {@code -Dcrm.test.volume=true}.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("volumeRequested")
@DisplayName("Activity timeline at one million rows")
class ActivityVolumeTest {

    private static final Logger LOG = Logger.getLogger(ActivityVolumeTest.class.getName());

    private static final int TABLE_ROWS = 1_000_000;
    /** 2^17 rows on the customer whose timeline is read. */
    private static final int DOUBLINGS = 17;
    private static final int OTHER_CUSTOMERS = 100;
    /**
     * How much longer than a one-entry timeline a page of the long history may take. An
     * index range read of 21 rows takes about a millisecond; reading the whole history
     * would take far longer.
     */
    private static final Duration MAX_MEDIAN = Duration.ofMillis(50);

    private static TestTeam team;
    private static long customer;

    /**
     * Returns whether the run asked for this test. Inside the server the property is
     * unknown, but there the test runs only because the client asked for it.
     */
    static boolean volumeRequested() {
        return Boolean.getBoolean("crm.test.volume") || System.getProperty("jboss.home.dir") != null;
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ActivityVolumeTest.class);
    }

    @EJB
    private ActivityService activities;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void fill() throws Exception {
        if (team != null) {
            return;
        }
        team = TestTeam.create("av" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        customer = team.customers.get("salesA1")[0];
        long owner = team.users.get("salesA1").getId();
        Instant start = Instant.now();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            insertFirst(connection, customer, owner);
            for (int i = 0; i < DOUBLINGS; i++) {
                // Each copy lies one to 2^i minutes before its original, so times spread and repeat.
                statement.executeUpdate("INSERT INTO activity (customer_id, activity_type, activity_time, content, "
                        + "owner_id, created_at, updated_at, version) SELECT customer_id, activity_type, "
                        + "activity_time - INTERVAL " + (1 << i) + " MINUTE, content, owner_id, created_at, "
                        + "updated_at, 0 FROM activity WHERE customer_id = " + customer);
            }
            List<Long> others = new ArrayList<>();
            for (int i = 0; i < OTHER_CUSTOMERS; i++) {
                others.add(team.addCustomer(dataSource, "salesA2", team.prefix + "-v" + i, team.prefix + " Volume " + i));
            }
            long missing = TABLE_ROWS - count(connection);
            statement.executeUpdate("INSERT INTO activity (customer_id, activity_type, activity_time, content, "
                    + "owner_id, created_at, updated_at, version) SELECT c.id, a.activity_type, a.activity_time, "
                    + "a.content, " + team.users.get("salesA2").getId() + ", a.created_at, a.updated_at, 0 "
                    + "FROM activity a JOIN customer c ON c.id BETWEEN " + Collections.min(others) + " AND "
                    + Collections.max(others) + " WHERE a.customer_id = " + customer + " LIMIT " + missing);
            statement.execute("ANALYZE TABLE activity");
            assertTrue(count(connection) >= TABLE_ROWS, "the table holds a million rows");
        }
        LOG.info(() -> "Filled the activity table in " + Duration.between(start, Instant.now()).toSeconds() + " s");
    }

    @Test
    @DisplayName("Newest page costs what a short history costs")
    void newestPage() throws Exception {
        Duration shortHistory = shortHistoryMedian();
        Duration median = as("salesA1", () -> median(() -> activities.timeline(customer, null, 20)));
        TimelinePage page = as("salesA1", () -> activities.timeline(customer, null, 20));

        LOG.info(() -> "Newest timeline page: median " + median.toMillis() + " ms, one-entry timeline "
                + shortHistory.toMillis() + " ms");
        assertEquals(20, page.entries().size());
        assertTrue(page.more());
        assertCloseTo(shortHistory, median);
    }

    @Test
    @DisplayName("Page far back costs what a short history costs")
    void deepPage() throws Exception {
        TimelinePosition deep = deepPosition();
        Duration shortHistory = shortHistoryMedian();
        Duration median = as("salesA1", () -> median(() -> activities.timeline(customer, deep, 20)));
        TimelinePage page = as("salesA1", () -> activities.timeline(customer, deep, 20));

        LOG.info(() -> "Timeline page 100,000 entries back: median " + median.toMillis() + " ms, one-entry "
                + "timeline " + shortHistory.toMillis() + " ms");
        assertEquals(20, page.entries().size());
        assertTrue(page.entries().get(0).getTime().compareTo(deep.time()) <= 0, "older than the position");
        assertCloseTo(shortHistory, median);
    }

    /**
     * Checks that a page of the long history takes at most {@link #MAX_MEDIAN} longer than
     * the one-entry timeline, which costs the same queries apart from the rows it reads.
     */
    private static void assertCloseTo(Duration shortHistory, Duration longHistory) {
        assertTrue(longHistory.minus(shortHistory).compareTo(MAX_MEDIAN) < 0, "long history "
                + longHistory.toMillis() + " ms, short history " + shortHistory.toMillis() + " ms");
    }

    /** Returns the median time of reading the timeline of a customer with one activity. */
    private Duration shortHistoryMedian() throws Exception {
        long small = team.customers.get("salesA1")[1];
        as("salesA1", () -> {
            if (activities.timeline(small, null, 1).entries().isEmpty()) {
                ActivityForm form = new ActivityForm();
                form.setType("CALL");
                form.setTime(Instant.now().minus(Duration.ofMinutes(1)));
                form.setContent("One call");
                activities.create(small, form);
            }
            return null;
        });
        return as("salesA1", () -> median(() -> activities.timeline(small, null, 20)));
    }

    @Test
    @DisplayName("Timeline query reads the customer's index range")
    void queryPlanUsesIndex() throws Exception {
        TimelinePosition deep = deepPosition();
        // Written by hand after the JPQL of ActivityService.timeline with a position: the same
        // conditions, join and order, so the plan shows which index serves that shape.
        String sql = "EXPLAIN SELECT t0.id, t0.activity_type, t0.activity_time, t0.contact_id, t1.name, t0.content, "
                + "t0.outcome, t0.next_step, t0.next_step_date, t2.id, t2.display_name, t0.version "
                + "FROM activity t0 LEFT OUTER JOIN contact t1 ON (((t1.id = t0.contact_id) "
                + "AND (t1.customer_id = t0.customer_id)) AND (t1.deletion_id IS NULL)), app_user t2 "
                + "WHERE ((((t0.customer_id = ?) AND (t0.deletion_id IS NULL)) "
                + "AND ((t0.activity_time < ?) OR ((t0.activity_time = ?) AND (t0.id < ?)))) "
                + "AND (t2.id = t0.owner_id)) ORDER BY t0.activity_time DESC, t0.id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement(sql)) {
            explain.setLong(1, customer);
            explain.setTimestamp(2, Timestamp.from(deep.time()));
            explain.setTimestamp(3, Timestamp.from(deep.time()));
            explain.setLong(4, deep.id());
            explain.setInt(5, 21);
            try (ResultSet plan = explain.executeQuery()) {
                boolean found = false;
                while (plan.next()) {
                    if ("t0".equals(plan.getString("table"))) {
                        found = true;
                        String key = plan.getString("key");
                        String extra = String.valueOf(plan.getString("Extra"));
                        LOG.info(() -> "Timeline plan: key " + key + ", " + extra);
                        assertEquals("ix_activity_customer_time", key);
                        assertTrue(!extra.contains("filesort"), "sorted by the index, not a filesort: " + extra);
                    }
                }
                assertTrue(found, "the plan reads the activity table");
            }
        }
    }

    /** Returns the position of the entry 100,000 places back on the timeline, found with one OFFSET query. */
    private TimelinePosition deepPosition() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT activity_time, id FROM activity "
                     + "WHERE customer_id = ? AND deletion_id IS NULL ORDER BY activity_time DESC, id DESC "
                     + "LIMIT 1 OFFSET 100000")) {
            select.setLong(1, customer);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new TimelinePosition(row.getTimestamp(1).toInstant(), row.getLong(2));
            }
        }
    }

    /** Returns the median time of seven calls, after one call that warms up the caches. */
    private static Duration median(Callable<?> work) throws Exception {
        work.call();
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long started = System.nanoTime();
            work.call();
            times.add(Duration.ofNanos(System.nanoTime() - started));
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static void insertFirst(Connection connection, long customerId, long ownerId) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now().minus(Duration.ofMinutes(1)));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO activity (customer_id, "
                + "activity_type, activity_time, content, owner_id, created_at, updated_at, version) "
                + "VALUES (?, 'CALL', ?, 'Volume test call', ?, ?, ?, 0)")) {
            insert.setLong(1, customerId);
            insert.setTimestamp(2, now);
            insert.setLong(3, ownerId);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM activity")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }
}
