package org.xtoolscrm.report.daily.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.report.daily.DailyFigures;

/**
 * Writes a chunk of users' figures with JDBC batches, in the chunk's transaction. The job
 * retries a chunk that failed on a deadlock or a lock wait timeout. Any other failure ends
 * the run as failed, and a restart goes on from its last checkpoint.
 */
@Named
@Dependent
public class DailyReportWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(DailyReportWriter.class.getName());
    /** MySQL's and MariaDB's error code of a lock wait that timed out (SQL state HY000). */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    @Inject
    private JobContext job;

    @Inject
    private DailyReportStore store;

    private int written;

    /** Returns whether the failure is a transaction the database rolled back, SQL state class 40, or a lock wait. */
    static boolean isConflict(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if ((state != null && state.startsWith("40")) || sql.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void writeItems(List<Object> items) throws DailyReportWriteException {
        LocalDate date = DailyReportParameters.of(job).date();
        List<DailyFigures> figures = items.stream().map(DailyFigures.class::cast).toList();
        try {
            store.write(date, figures, job.getExecutionId());
        } catch (SQLException e) {
            String message = "Daily report " + date + " execution " + job.getExecutionId() + " could not write "
                    + "the users " + figures.get(0).userId() + " to " + figures.get(figures.size() - 1).userId()
                    + ": " + e.getMessage();
            LOG.log(Level.WARNING, message, e);
            throw isConflict(e) ? new WriteConflictException(message) : new DailyReportWriteException(message);
        }
        written += figures.size();
        LOG.fine(() -> "Daily report " + date + " execution " + job.getExecutionId() + ": " + written
                + " users written, the last user id " + figures.get(figures.size() - 1).userId());
    }
}
