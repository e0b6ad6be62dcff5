package org.xtoolscrm.setup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations shipped in this module to the application's
 * datasource. Statements common to MySQL, MariaDB and H2 (MySQL mode) live in
 * {@code db/migration/common}; a statement that must differ goes to
 * {@code db/migration/<vendor>} (mysql, mariadb or h2).
 */
@Stateless
@PermitAll
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
                // The batch job repository may share the database and creates its tables
                // when the server starts, before this runs. Baselining at version 0 lets
                // every migration from V1 on still run on such a schema.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();

        MigrateResult result = flyway.migrate();

        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " on " + result.database + "; " + result.migrationsExecuted + " migration(s) applied");
    }
}
