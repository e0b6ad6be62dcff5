package org.xtoolscrm.web.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.service.ComplaintFilter;
import org.xtoolscrm.service.ComplaintService;
import org.xtoolscrm.service.ComplaintStatus;
import org.xtoolscrm.service.ComplaintUrgency;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;

/**
 * Backs service/complaints.xhtml, open to every role: the complaints on every customer the
 * caller may see, filtered, paged and sorted in the database.
 */
@Named
@ViewScoped
public class ComplaintListView implements Serializable {

    /** The status choice that stands for open and in process together. */
    public static final String UNRESOLVED = "UNRESOLVED";

    @EJB
    private ComplaintService complaints;

    @EJB
    private AccountService accounts;

    private ComplaintLazyModel model;
    private List<OwnerOption> handlers;

    private String status;
    private ComplaintUrgency urgency;
    private String typeCode;
    private Long handlerId;
    private LocalDate from;
    private LocalDate to;
    private String search;

    @PostConstruct
    void init() {
        handlers = accounts.assignableOwners().stream().map(OwnerOption::of).toList();
        model = ComplaintLazyModel.matching(complaints, toFilter());
    }

    /** Applies the filter fields to the table. */
    public void apply() {
        if (from != null && to != null && from.isAfter(to)) {
            Texts.error("afterSales.filter.message.period");
        }
        model.setFilter(toFilter());
    }

    public void clear() {
        status = null;
        urgency = null;
        typeCode = null;
        handlerId = null;
        from = null;
        to = null;
        search = null;
        apply();
    }

    private ComplaintFilter toFilter() {
        return new ComplaintFilter(statuses(), urgency, typeCode, handlerId, from, to, search);
    }

    private Set<ComplaintStatus> statuses() {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        if (UNRESOLVED.equals(status)) {
            return EnumSet.of(ComplaintStatus.OPEN, ComplaintStatus.PROCESSING);
        }
        try {
            return Set.of(ComplaintStatus.valueOf(status));
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }

    public ComplaintLazyModel getModel() {
        return model;
    }

    /** Returns the handlers the list may be filtered by: the enabled users in the caller's scope. */
    public List<OwnerOption> getHandlers() {
        return handlers;
    }

    /** Returns whether to show the handler filter, which a salesperson does not need. */
    public boolean isHandlerFilterShown() {
        return handlers.size() > 1;
    }

    public ComplaintStatus[] getStatuses() {
        return ComplaintStatus.values();
    }

    public ComplaintUrgency[] getUrgencies() {
        return ComplaintUrgency.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public ComplaintUrgency getUrgency() {
        return urgency;
    }

    public void setUrgency(ComplaintUrgency urgency) {
        this.urgency = urgency;
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
