package org.xtoolscrm.web.schedule;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xtoolscrm.schedule.ScheduleRow;
import org.xtoolscrm.schedule.ScheduleService;

/**
 * Pages a customer's schedules in the database, those that have not ended first; only the
 * rows of the current page reach the web tier.
 */
public class CustomerScheduleModel extends LazyDataModel<ScheduleRow> {

    private final transient ScheduleService service;
    private final long customerId;

    CustomerScheduleModel(ScheduleService service, long customerId) {
        this.service = service;
        this.customerId = customerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(service.countForCustomer(customerId));
    }

    @Override
    public List<ScheduleRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        return service.findForCustomer(customerId, first, pageSize);
    }

    @Override
    public String getRowKey(ScheduleRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public ScheduleRow getRowData(String rowKey) {
        List<ScheduleRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
