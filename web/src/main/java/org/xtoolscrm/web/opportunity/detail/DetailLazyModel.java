package org.xtoolscrm.web.opportunity.detail;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.opportunity.detail.DetailRow;

/**
 * Pages one deal's records of one kind in the database, in the order the service gives.
 * When the deal is gone or no longer visible, such as deleted in another window, the
 * table shows no rows rather than an error page.
 */
public class DetailLazyModel<R extends DetailRow> extends LazyDataModel<R> {

    private static final Logger LOG = Logger.getLogger(DetailLazyModel.class.getName());

    /** Counts the deal's live records. */
    public interface Counter extends Serializable {
        long count();
    }

    /** Reads one page of the deal's live records. */
    public interface Pager<R> extends Serializable {
        List<R> page(int first, int pageSize);
    }

    private final long opportunityId;
    private final Counter counter;
    private final Pager<R> pager;

    public DetailLazyModel(long opportunityId, Counter counter, Pager<R> pager) {
        this.opportunityId = opportunityId;
        this.counter = counter;
        this.pager = pager;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return Math.toIntExact(counter.count());
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Opportunity " + opportunityId + " is no longer visible; its records list is empty");
            return 0;
        }
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (first == 0) {
            // PrimeFaces counts before loading only for later pages. For the first page it
            // counts after loading when the row count is unknown (zero), so a count left
            // from before a record was added or deleted must not stay.
            setRowCount(0);
        }
        try {
            return pager.page(first, pageSize);
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Opportunity " + opportunityId + " is no longer visible; its records list is empty");
            return List.of();
        }
    }

    @Override
    public String getRowKey(R row) {
        return String.valueOf(row.getId());
    }

    @Override
    public R getRowData(String rowKey) {
        List<R> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
