package org.xtoolscrm.web.report.daily;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xtoolscrm.report.daily.DailyReportRecords;
import org.xtoolscrm.report.daily.Figure;
import org.xtoolscrm.report.daily.FigureRecord;
import org.xtoolscrm.report.daily.ReportPeriod;

/** Pages the records behind one figure in the database, newest first. */
public class FigureRecordsModel extends LazyDataModel<FigureRecord> {

    private final transient DailyReportRecords records;
    private final Figure figure;
    private final long userId;
    private final ReportPeriod period;

    FigureRecordsModel(DailyReportRecords records, Figure figure, long userId, ReportPeriod period) {
        this.records = records;
        this.figure = figure;
        this.userId = userId;
        this.period = period;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(records.count(figure, userId, period));
    }

    @Override
    public List<FigureRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
        setRowCount(count(filterBy));
        return records.page(figure, userId, period, first, pageSize);
    }

    @Override
    public String getRowKey(FigureRecord row) {
        return row.id() + "-" + row.time() + "-" + row.date() + "-" + row.label();
    }
}
