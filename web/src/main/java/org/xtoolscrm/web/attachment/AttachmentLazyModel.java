package org.xtoolscrm.web.attachment;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.attachment.AttachmentOwnerType;
import org.xtoolscrm.attachment.AttachmentRow;
import org.xtoolscrm.attachment.AttachmentService;
import org.xtoolscrm.attachment.AttachmentSortField;

/**
 * Pages and sorts the attachments of one record in the database; newest first until
 * the user sorts by a column.
 */
public class AttachmentLazyModel extends LazyDataModel<AttachmentRow> {

    private static final Map<String, AttachmentSortField> SORT_FIELDS = Map.of(
            "fileName", AttachmentSortField.FILE_NAME,
            "sizeBytes", AttachmentSortField.SIZE,
            "uploadedAt", AttachmentSortField.UPLOADED_AT);

    private final transient AttachmentService service;
    private final AttachmentOwnerType ownerType;
    private final long ownerId;

    AttachmentLazyModel(AttachmentService service, AttachmentOwnerType ownerType, long ownerId) {
        this.service = service;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(service.count(ownerType, ownerId));
    }

    @Override
    public List<AttachmentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        AttachmentSortField field = AttachmentSortField.UPLOADED_AT;
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            AttachmentSortField mapped = SORT_FIELDS.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        return service.findPage(ownerType, ownerId, field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(AttachmentRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public AttachmentRow getRowData(String rowKey) {
        List<AttachmentRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
