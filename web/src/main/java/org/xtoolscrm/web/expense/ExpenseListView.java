package org.xtoolscrm.web.expense;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs expense/list.xhtml, open to every role: the expenses the caller may see, on
 * customers they see or filed by someone in their scope.
 */
@Named
@ViewScoped
public class ExpenseListView extends FilteredExpenses {

    @PostConstruct
    void init() {
        init(null);
    }

    @Override
    protected boolean decidableOnly() {
        return false;
    }
}
