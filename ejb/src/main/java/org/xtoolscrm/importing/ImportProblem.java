package org.xtoolscrm.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A row of an import file that was not imported, with the reason. */
@Entity
@Table(name = "import_problem")
public class ImportProblem implements Serializable {

    /** The reason a row was not imported. */
    public enum Kind {
        /** The row breaks a rule; fix it and import the row again. */
        INVALID,
        /** A customer with the row's customer code exists; the row was skipped. */
        DUPLICATE
    }

    @Id
    private Long id;

    @Column(name = "job_instance_id", nullable = false)
    private Long jobInstanceId;

    @Column(name = "job_execution_id", nullable = false)
    private Long jobExecutionId;

    @Column(name = "file_row", nullable = false)
    private long fileRow;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_kind", nullable = false)
    private Kind kind;

    @Column(name = "column_name")
    private String columnName;

    @Column(name = "cell_value")
    private String cellValue;

    @Column(nullable = false)
    private String reason;

    public Long getId() {
        return id;
    }

    public Long getJobInstanceId() {
        return jobInstanceId;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public long getFileRow() {
        return fileRow;
    }

    public Kind getKind() {
        return kind;
    }

    public String getColumnName() {
        return columnName;
    }

    public String getCellValue() {
        return cellValue;
    }

    public String getReason() {
        return reason;
    }
}
