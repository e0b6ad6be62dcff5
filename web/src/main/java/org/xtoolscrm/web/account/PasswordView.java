package org.xtoolscrm.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.xtoolscrm.account.InvalidAccountException;
import org.xtoolscrm.account.PasswordService;
import org.xtoolscrm.web.Texts;

/** Backs account/password.xhtml, where every user changes their own password. */
@Named
@RequestScoped
public class PasswordView {

    private static final String FORM_ID = "passwordForm";

    @EJB
    private PasswordService passwords;

    private String oldPassword;
    private String password;
    private String confirmation;

    public void change() {
        if (password == null || !password.equals(confirmation)) {
            String text = Texts.get("account.password.message.mismatch");
            FacesContext.getCurrentInstance().addMessage(FORM_ID + ":confirmation",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            return;
        }
        try {
            passwords.changeOwn(oldPassword, password);
            Texts.info("account.password.message.changed");
        } catch (InvalidAccountException e) {
            AccountErrors.show(e, FORM_ID);
        }
    }

    public String getOldPassword() {
        return oldPassword;
    }

    public void setOldPassword(String oldPassword) {
        this.oldPassword = oldPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
