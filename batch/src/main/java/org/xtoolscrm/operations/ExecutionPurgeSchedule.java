package org.xtoolscrm.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.TreeSet;

/**
 * Purges old job executions every night at 03:40 server time, keeping those of the last
 * {@link KeepDays} days. The timer is not persistent: a night missed while the server was
 * down is caught up by the next one. {@code @PermitAll} because the container calls it
 * without a user and no client reaches it.
 */
@Singleton
@PermitAll
public class ExecutionPurgeSchedule {

    @Inject
    private ExecutionRepository repository;

    @Schedule(hour = "3", minute = "40", persistent = false, info = "purge of old job executions")
    void purgeNightly() {
        try {
            JobOperations.purge(repository, new TreeSet<>(BatchRuntime.getJobOperator().getJobNames()),
                    KeepDays.current(), "the nightly schedule");
        } catch (EJBException e) {
            // Logged by the purge; tomorrow's run tries again.
        }
    }
}
