package org.xtoolscrm.web.opportunity;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.opportunity.OpportunityFilter;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityRow;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OpportunitySortField;

/**
 * Pages and sorts an opportunity list in the database through {@link OpportunityService}:
 * every deal the caller may see that matches the filter, or the deals of one customer.
 * Only the rows of the current page reach the web tier.
 */
public class OpportunityLazyModel extends LazyDataModel<OpportunityRow> {

    private static final Map<String, OpportunitySortField> SORT_FIELDS = Map.of(
            "name", OpportunitySortField.NAME,
            "customerName", OpportunitySortField.CUSTOMER,
            "amount", OpportunitySortField.AMOUNT,
            "expectedSignDate", OpportunitySortField.EXPECTED_SIGN_DATE,
            "ownerName", OpportunitySortField.OWNER,
            "stageSince", OpportunitySortField.STAGE_SINCE);

    private final transient OpportunityService service;
    /** The customer whose deals to list, or null for every deal the caller may see. */
    private final Long customerId;

    private OpportunityFilter filter = OpportunityFilter.open();

    OpportunityLazyModel(OpportunityService service, Long customerId) {
        this.service = service;
        this.customerId = customerId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long count = customerId == null ? service.count(filter)
                : service.countForCustomer(customerId, filter.outcome());
        return Math.toIntExact(count);
    }

    @Override
    public List<OpportunityRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        OpportunitySortField field = OpportunitySortField.EXPECTED_SIGN_DATE;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            OpportunitySortField mapped = sort.getField() == null ? null : SORT_FIELDS.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        // The filters may have changed since PrimeFaces counted, so count again for this page.
        setRowCount(count(filterBy));
        if (customerId == null) {
            return service.findPage(filter, field, ascending, first, pageSize);
        }
        return service.findForCustomer(customerId, filter.outcome(), field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(OpportunityRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public OpportunityRow getRowData(String rowKey) {
        List<OpportunityRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }

    public OpportunityFilter getFilter() {
        return filter;
    }

    void setFilter(OpportunityFilter filter) {
        this.filter = filter;
    }

    /** Returns the outcome shown, or null for every deal. */
    public OpportunityOutcome getOutcome() {
        return filter.outcome();
    }

    public void setOutcome(OpportunityOutcome outcome) {
        filter = new OpportunityFilter(outcome, filter.stage(), filter.owners(), filter.expectedFrom(),
                filter.expectedTo(), filter.name());
    }
}
