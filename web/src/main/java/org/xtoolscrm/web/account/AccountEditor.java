package org.xtoolscrm.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountDirectory;
import org.xtoolscrm.account.AccountRow;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.InvalidAccountException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.web.Texts;

/** Backs the account dialog of account/list.xhtml: creating an account or editing one. */
@Named
@ViewScoped
public class AccountEditor implements Serializable {

    /** The id of the dialog's form; its field ids are the field names of {@link InvalidAccountException}. */
    static final String FORM_ID = "accountForm";

    @EJB
    private AccountDirectory directory;

    @EJB
    private AccountService accounts;

    private AccountForm form = new AccountForm();
    private List<AccountRow> superiorChoices = List.of();

    public void startNew() {
        form = new AccountForm();
        loadSuperiorChoices();
    }

    public void startEdit(long id) {
        try {
            form = AccountForm.of(directory.get(id));
            loadSuperiorChoices();
        } catch (RecordNotFoundException e) {
            Texts.error("account.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Offers the superiors that fit the newly chosen role, and drops a superior that no longer fits. */
    public void roleChanged() {
        loadSuperiorChoices();
        boolean fits = superiorChoices.stream().anyMatch(choice -> choice.getId().equals(form.getSuperiorId()));
        if (!fits) {
            form.setSuperiorId(null);
        }
    }

    public void save() {
        if (!AccountFormCheck.check(form, FORM_ID)) {
            form.setPassword(null);
            return;
        }
        try {
            if (form.isNewAccount()) {
                accounts.create(form.toNewAccount());
                Texts.info("account.list.message.created", form.getLogin());
            } else {
                accounts.update(form.toEdit());
                Texts.info("account.list.message.saved", form.getDisplayName());
            }
        } catch (InvalidAccountException e) {
            AccountErrors.show(e, FORM_ID);
        } catch (RecordNotFoundException e) {
            Texts.error("account.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        } finally {
            form.setPassword(null);
        }
    }

    private void loadSuperiorChoices() {
        Role role = form.getRole() == null ? Role.SALES : form.getRole();
        superiorChoices = directory.superiorChoices(role, form.getId());
    }

    public AccountForm getForm() {
        return form;
    }

    public List<AccountRow> getSuperiorChoices() {
        return superiorChoices;
    }

    public Role[] getRoles() {
        return Role.values();
    }
}
