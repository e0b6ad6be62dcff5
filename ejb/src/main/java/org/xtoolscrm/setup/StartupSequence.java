package org.xtoolscrm.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;

/**
 * Brings the database up to date when the application starts: Flyway migrations
 * first, then the first accounts of a new installation. Also logs which JPA
 * provider serves the persistence unit, since the application needs EclipseLink.
 * Runs without a caller, so it permits all; nothing calls it after startup.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @EJB
    private DatabaseMigration migration;

    @EJB
    private InitialAccounts initialAccounts;

    @PersistenceUnit(unitName = "crm")
    private EntityManagerFactory factory;

    @PostConstruct
    void start() {
        checkProvider();
        migration.migrate();
        initialAccounts.createIfNone(SetupSettings.fromEnvironment());
    }

    private void checkProvider() {
        EntityManager em = factory.createEntityManager();
        String provider = em.getDelegate().getClass().getName();
        em.close();

        if (provider.startsWith("org.eclipse.persistence.")) {
            LOG.info(() -> "JPA provider is EclipseLink (" + provider + ")");
        } else {
            LOG.severe(() -> "JPA provider is " + provider + ", not EclipseLink: check that the server's "
                    + "org.eclipse.persistence module holds the EclipseLink jar (server-config/01-modules.cli)");
        }
    }
}
