package org.xtoolscrm.web.operations;

import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.operations.JobOperationException;
import org.xtoolscrm.operations.JobOperations;
import org.xtoolscrm.operations.KeepDays;
import org.xtoolscrm.web.Texts;

/** Backs operations/jobs.xhtml, which web.xml opens to a Boss only. */
@Named
@ViewScoped
public class JobsView implements Serializable {

    @EJB
    private JobOperations operations;

    private ExecutionLazyModel model;
    private List<String> jobNames;
    private long unresolvedFailures;

    @PostConstruct
    void init() {
        model = new ExecutionLazyModel(operations);
        jobNames = operations.jobNames();
        refresh();
    }

    /** Reads the failure count again; the table reloads itself. */
    public void refresh() {
        unresolvedFailures = operations.countUnresolvedFailures();
    }

    public void stop(long executionId) {
        try {
            operations.stop(executionId);
            Texts.info("jobs.message.stopping", executionId);
        } catch (JobOperationException e) {
            report(e);
        }
        refresh();
    }

    public void restart(long executionId) {
        try {
            long restarted = operations.restart(executionId);
            Texts.info("jobs.message.restarted", executionId, restarted);
        } catch (JobOperationException e) {
            report(e);
        }
        refresh();
    }

    public void purge() {
        int deleted = operations.purge();
        Texts.info("jobs.message.purged", deleted, getKeepDays());
        refresh();
    }

    private static void report(JobOperationException e) {
        String status = e.batchStatus() == null ? "" : Texts.get("BatchStatus." + e.batchStatus());
        Texts.error("jobs.error." + e.reason().name(), e.executionId(), status);
    }

    public ExecutionLazyModel getModel() {
        return model;
    }

    public List<String> getJobNames() {
        return jobNames;
    }

    public BatchStatus[] getStatuses() {
        return BatchStatus.values();
    }

    public long getUnresolvedFailures() {
        return unresolvedFailures;
    }

    public int getKeepDays() {
        return KeepDays.current();
    }

    public String getPurgeConfirmation() {
        return Texts.get("jobs.purge.confirm", getKeepDays());
    }
}
