package org.xtoolscrm.it.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.support.Deployments;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Persistence setup")
class PersistenceProviderTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PersistenceProviderTest.class);
    }

    @Resource(lookup = "java:jboss/crm/EntityManagerFactory")
    private EntityManagerFactory factory;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @Test
    @DisplayName("EclipseLink is the JPA provider of the crm unit")
    void eclipseLinkIsTheProvider() {
        EntityManager em = factory.createEntityManager();
        try {
            String delegate = em.getDelegate().getClass().getName();
            assertTrue(delegate.startsWith("org.eclipse.persistence."), "entity manager delegate is " + delegate);
            assertTrue(factory.getProperties().containsKey("eclipselink.target-server"),
                    "factory properties: " + factory.getProperties().keySet());
        } finally {
            em.close();
        }
    }

    @Test
    @DisplayName("Flyway created the schema in utf8mb4")
    void schemaIsUtf8mb4() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT table_collation FROM information_schema.tables "
                             + "WHERE table_schema = DATABASE() AND table_name = 'customer'")) {
            assertTrue(result.next(), "customer table exists");
            assertEquals("utf8mb4_unicode_ci", result.getString(1));
        }
    }

    @Test
    @DisplayName("Flyway recorded the applied migrations")
    void flywayHistoryExists() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
            result.next();
            assertTrue(result.getInt(1) >= 1, "applied migrations: " + result.getInt(1));
        }
    }

    @Test
    @DisplayName("Connections run with MySQL 8's strict sql_mode")
    void sqlModeIsStrict() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT @@SESSION.sql_mode")) {
            result.next();
            String mode = result.getString(1);
            assertTrue(mode.contains("ONLY_FULL_GROUP_BY"), mode);
            assertTrue(mode.contains("STRICT_TRANS_TABLES"), mode);
        }
    }
}
