package org.xtoolscrm.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountDirectory;
import org.xtoolscrm.account.AccountFilter;
import org.xtoolscrm.account.AccountRow;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.InvalidAccountException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.SeatCount;
import org.xtoolscrm.web.Texts;

/** Backs the table of account/list.xhtml: filters, seat use, and disabling or enabling an account. */
@Named
@ViewScoped
public class AccountListView implements Serializable {

    private static final AccountFilter ENABLED = new AccountFilter(null, null, null, null, null, null, true);

    @EJB
    private AccountDirectory directory;

    @EJB
    private AccountService accounts;

    private AccountLazyModel model;
    private List<AccountRow> superiors;

    @PostConstruct
    void init() {
        model = new AccountLazyModel(directory);
        superiors = directory.superiors();
    }

    public void disable(AccountRow row) {
        try {
            accounts.disable(row.getId());
            Texts.info("account.list.message.disabled", row.getDisplayName());
        } catch (InvalidAccountException e) {
            AccountErrors.show(e, null);
        } catch (RecordNotFoundException e) {
            Texts.error("account.message.notFound");
        }
    }

    public void enable(AccountRow row) {
        try {
            accounts.enable(row.getId());
            Texts.info("account.list.message.enabled", row.getDisplayName());
        } catch (InvalidAccountException e) {
            AccountErrors.show(e, null);
        } catch (RecordNotFoundException e) {
            Texts.error("account.message.notFound");
        }
    }

    public AccountLazyModel getModel() {
        return model;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** Returns every Boss and Manager, for the superior filter. */
    public List<AccountRow> getSuperiors() {
        return superiors;
    }

    public long getSeatsInUse() {
        return directory.count(ENABLED);
    }

    public int getSeats() {
        return SeatCount.configured();
    }
}
