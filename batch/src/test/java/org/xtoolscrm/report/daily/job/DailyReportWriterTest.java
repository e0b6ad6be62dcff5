package org.xtoolscrm.report.daily.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Write failures the daily report job retries")
class DailyReportWriterTest {

    @Test
    @DisplayName("a deadlock is retried, also inside a batch failure")
    void deadlock() {
        assertTrue(DailyReportWriter.isConflict(new SQLException("Deadlock found", "40001", 1213)));
        BatchUpdateException batch = new BatchUpdateException("Deadlock found", "40001", 1213, new int[0]);
        assertTrue(DailyReportWriter.isConflict(batch));
        SQLException wrapped = new SQLException("batch failed");
        wrapped.initCause(new SQLException("Deadlock found", "40001", 1213));
        assertTrue(DailyReportWriter.isConflict(wrapped));
    }

    @Test
    @DisplayName("a lock wait timeout is retried")
    void lockWait() {
        assertTrue(DailyReportWriter.isConflict(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
    }

    @Test
    @DisplayName("other failures end the run")
    void others() {
        assertFalse(DailyReportWriter.isConflict(new SQLException("injected", "45000", 1644)));
        assertFalse(DailyReportWriter.isConflict(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(DailyReportWriter.isConflict(new SQLException("no state")));
    }
}
