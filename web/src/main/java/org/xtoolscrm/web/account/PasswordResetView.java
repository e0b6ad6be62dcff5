package org.xtoolscrm.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountRow;
import org.xtoolscrm.account.InvalidAccountException;
import org.xtoolscrm.account.PasswordService;
import org.xtoolscrm.web.Texts;

/** Backs the password reset dialog of account/list.xhtml. */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {

    @EJB
    private PasswordService passwords;

    private AccountRow account;
    private String password;

    public void start(AccountRow row) {
        account = row;
        password = null;
    }

    public void reset() {
        try {
            passwords.reset(account.getId(), password);
            Texts.info("account.reset.message.done", account.getDisplayName());
        } catch (InvalidAccountException e) {
            AccountErrors.show(e, "resetForm");
        } catch (RecordNotFoundException e) {
            Texts.error("account.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        } finally {
            password = null;
        }
    }

    public AccountRow getAccount() {
        return account;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
