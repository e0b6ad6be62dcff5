package org.xtoolscrm.web.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.account.login.LoginLogEntry;
import org.xtoolscrm.account.login.LoginLogFilter;
import org.xtoolscrm.account.login.LoginLogService;
import org.xtoolscrm.account.login.LoginLogSortField;
import org.xtoolscrm.account.login.LoginOutcome;

/**
 * Pages, sorts and filters the login log in the database through
 * {@link LoginLogService}. Column filters give login, IP and outcome; the page's
 * date pickers set the period. Without a sort the newest attempts come first.
 */
public class LoginLogLazyModel extends LazyDataModel<LoginLogEntry> {

    private static final Map<String, LoginLogSortField> SORT_FIELDS = Map.of(
            "attemptedAt", LoginLogSortField.ATTEMPTED_AT,
            "login", LoginLogSortField.LOGIN,
            "ipAddress", LoginLogSortField.IP_ADDRESS,
            "outcome", LoginLogSortField.OUTCOME);

    private final transient LoginLogService service;

    private Instant from;
    private Instant to;

    LoginLogLazyModel(LoginLogService service) {
        this.service = service;
    }

    /** Sets the period shown: {@code from} inclusive, {@code to} exclusive, null for open. */
    void setPeriod(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(service.count(toFilter(filterBy)));
    }

    @Override
    public List<LoginLogEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        LoginLogSortField field = LoginLogSortField.ATTEMPTED_AT;
        boolean ascending = false;

        for (SortMeta sort : sortBy.values()) {
            LoginLogSortField mapped = SORT_FIELDS.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        LoginLogFilter filter = toFilter(filterBy);
        setRowCount(Math.toIntExact(service.count(filter)));
        return service.findPage(filter, field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(LoginLogEntry entry) {
        return String.valueOf(entry.getId());
    }

    @Override
    public LoginLogEntry getRowData(String rowKey) {
        List<LoginLogEntry> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(entry -> String.valueOf(entry.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    LoginLogFilter toFilter(Map<String, FilterMeta> filterBy) {
        return new LoginLogFilter(text(filterBy, "login"), text(filterBy, "ipAddress"), outcome(filterBy), from, to);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? null : value.toString();
    }

    private static LoginOutcome outcome(Map<String, FilterMeta> filterBy) {
        String value = text(filterBy, "outcome");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LoginOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
