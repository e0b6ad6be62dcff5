package org.xtoolscrm.operations;

/** The columns the execution list sorts by, each with its column in JBeret's tables. */
public enum ExecutionSortField {
    EXECUTION_ID("e.JOBEXECUTIONID"),
    INSTANCE_ID("e.JOBINSTANCEID"),
    JOB_NAME("i.JOBNAME"),
    BATCH_STATUS("e.BATCHSTATUS"),
    EXIT_STATUS("e.EXITSTATUS"),
    START_TIME("e.STARTTIME"),
    END_TIME("e.ENDTIME");

    private final String column;

    ExecutionSortField(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
