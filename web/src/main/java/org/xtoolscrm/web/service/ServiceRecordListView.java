package org.xtoolscrm.web.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.service.ServiceRecordFilter;
import org.xtoolscrm.service.ServiceRecordService;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;

/**
 * Backs service/records.xhtml, open to every role: the service records on every customer
 * the caller may see, filtered, paged and sorted in the database, with the hours of all
 * matching records.
 */
@Named
@ViewScoped
public class ServiceRecordListView implements Serializable {

    @EJB
    private ServiceRecordService records;

    @EJB
    private AccountService accounts;

    private ServiceRecordLazyModel model;
    private List<OwnerOption> handlers;

    private String typeCode;
    private Long handlerId;
    private LocalDate from;
    private LocalDate to;
    private String search;

    @PostConstruct
    void init() {
        handlers = accounts.assignableOwners().stream().map(OwnerOption::of).toList();
        model = ServiceRecordLazyModel.matching(records, toFilter());
    }

    /** Applies the filter fields to the table and the total. */
    public void apply() {
        if (from != null && to != null && from.isAfter(to)) {
            Texts.error("afterSales.filter.message.period");
        }
        model.setFilter(toFilter());
    }

    public void clear() {
        typeCode = null;
        handlerId = null;
        from = null;
        to = null;
        search = null;
        apply();
    }

    private ServiceRecordFilter toFilter() {
        return new ServiceRecordFilter(typeCode, handlerId, from, to, search);
    }

    public ServiceRecordLazyModel getModel() {
        return model;
    }

    /** Returns the hours of every record that matches the filter, on all pages. */
    public BigDecimal getTotalHours() {
        return records.totalHours(model.getFilter());
    }

    /** Returns the handlers the list may be filtered by: the enabled users in the caller's scope. */
    public List<OwnerOption> getHandlers() {
        return handlers;
    }

    /** Returns whether to show the handler filter, which a salesperson does not need. */
    public boolean isHandlerFilterShown() {
        return handlers.size() > 1;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public Long getHandlerId() {
        return handlerId;
    }

    public void setHandlerId(Long handlerId) {
        this.handlerId = handlerId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
