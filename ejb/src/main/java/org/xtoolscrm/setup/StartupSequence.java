package org.xtoolscrm.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Brings the database up to date when the application starts: Flyway migrations
 * first, then the first accounts of a new installation. Runs without a caller, so
 * it permits all; nothing calls it after startup.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSequence {

    @EJB
    private DatabaseMigration migration;

    @EJB
    private InitialAccounts initialAccounts;

    @PostConstruct
    void start() {
        migration.migrate();
        initialAccounts.createIfNone(SetupSettings.fromEnvironment());
    }
}
