package org.xtoolscrm.report.daily.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.report.daily.DailyFigures;

/** Writes a chunk of users' figures with JDBC batches, in the chunk's transaction. */
@Named
@Dependent
public class DailyReportWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(DailyReportWriter.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private DailyReportStore store;

    private int written;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        LocalDate date = DailyReportParameters.of(job).date();
        List<DailyFigures> figures = items.stream().map(DailyFigures.class::cast).toList();
        store.write(date, figures, job.getExecutionId());
        written += figures.size();
        LOG.fine(() -> "Daily report " + date + " execution " + job.getExecutionId() + ": " + written
                + " users written, the last user id " + figures.get(figures.size() - 1).userId());
    }
}
