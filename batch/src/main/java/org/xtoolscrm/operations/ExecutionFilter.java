package org.xtoolscrm.operations;

import java.io.Serializable;

/**
 * Narrows the execution list; a null field matches everything.
 *
 * @param jobName     one job's name, such as customer-import
 * @param batchStatus a {@link jakarta.batch.runtime.BatchStatus} name, such as FAILED
 */
public record ExecutionFilter(String jobName, String batchStatus) implements Serializable {

    public static ExecutionFilter none() {
        return new ExecutionFilter(null, null);
    }
}
