package org.xtoolscrm.web.note;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xtoolscrm.note.NoteRow;
import org.xtoolscrm.note.NoteService;

/** Pages the notes of one customer in the database, pinned first and then newest first. */
public class NoteLazyModel extends LazyDataModel<NoteRow> {

    private final transient NoteService service;
    private final long customerId;

    NoteLazyModel(NoteService service, long customerId) {
        this.service = service;
        this.customerId = customerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(service.count(customerId));
    }

    @Override
    public List<NoteRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                              Map<String, FilterMeta> filterBy) {
        return service.findPage(customerId, first, pageSize);
    }

    @Override
    public String getRowKey(NoteRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public NoteRow getRowData(String rowKey) {
        List<NoteRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
