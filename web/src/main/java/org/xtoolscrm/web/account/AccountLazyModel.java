package org.xtoolscrm.web.account;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.account.AccountDirectory;
import org.xtoolscrm.account.AccountFilter;
import org.xtoolscrm.account.AccountRow;
import org.xtoolscrm.account.AccountSortField;
import org.xtoolscrm.account.Role;

/** Pages, sorts and filters the account list in the database through {@link AccountDirectory}. */
public class AccountLazyModel extends LazyDataModel<AccountRow> {

    private static final Map<String, AccountSortField> SORT_FIELDS = Map.of(
            "login", AccountSortField.LOGIN,
            "displayName", AccountSortField.NAME,
            "role", AccountSortField.ROLE,
            "superiorName", AccountSortField.SUPERIOR,
            "mobile", AccountSortField.MOBILE,
            "email", AccountSortField.EMAIL,
            "enabled", AccountSortField.ENABLED);

    private final transient AccountDirectory directory;

    AccountLazyModel(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(directory.count(toFilter(filterBy)));
    }

    @Override
    public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        AccountSortField field = AccountSortField.LOGIN;
        boolean ascending = true;

        for (SortMeta sort : sortBy.values()) {
            AccountSortField mapped = SORT_FIELDS.get(sort.getField());
            if (mapped != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = mapped;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        AccountFilter filter = toFilter(filterBy);
        setRowCount(Math.toIntExact(directory.count(filter)));
        return directory.findPage(filter, field, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(AccountRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public AccountRow getRowData(String rowKey) {
        List<AccountRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    static AccountFilter toFilter(Map<String, FilterMeta> filterBy) {
        return new AccountFilter(
                text(filterBy, "login"),
                text(filterBy, "displayName"),
                role(filterBy),
                superiorId(filterBy),
                text(filterBy, "mobile"),
                text(filterBy, "email"),
                enabled(filterBy));
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Role role(Map<String, FilterMeta> filterBy) {
        String value = text(filterBy, "role");
        try {
            return value == null ? null : Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long superiorId(Map<String, FilterMeta> filterBy) {
        String value = text(filterBy, "superiorName");
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean enabled(Map<String, FilterMeta> filterBy) {
        String value = text(filterBy, "enabled");
        return value == null ? null : Boolean.valueOf(value);
    }
}
