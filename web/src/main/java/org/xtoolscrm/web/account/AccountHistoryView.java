package org.xtoolscrm.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.account.AccountDirectory;
import org.xtoolscrm.audit.ChangeEntry;

/** Backs the history dialog of account/list.xhtml: the change log of one account. */
@Named
@ViewScoped
public class AccountHistoryView implements Serializable {

    @EJB
    private AccountDirectory directory;

    private String login;
    private List<ChangeEntry> entries = List.of();

    public void show(long accountId, String accountLogin) {
        login = accountLogin;
        entries = directory.history(accountId);
    }

    public String getLogin() {
        return login;
    }

    public List<ChangeEntry> getEntries() {
        return entries;
    }
}
