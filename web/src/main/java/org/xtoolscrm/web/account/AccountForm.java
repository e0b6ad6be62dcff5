package org.xtoolscrm.web.account;

import java.io.Serializable;
import org.xtoolscrm.account.AccountEdit;
import org.xtoolscrm.account.AccountRow;
import org.xtoolscrm.account.NewAccount;
import org.xtoolscrm.account.Role;

/** The fields of the account dialog, for a new account or an existing one. */
public class AccountForm implements Serializable {

    /** The account's id, or null for a new account. */
    private Long id;
    private int version;
    private String login;
    private String displayName;
    private Role role = Role.SALES;
    private Long superiorId;
    private String mobile;
    private String email;
    private String password;

    static AccountForm of(AccountRow row) {
        AccountForm form = new AccountForm();
        form.id = row.getId();
        form.version = row.getVersion();
        form.login = row.getLogin();
        form.displayName = row.getDisplayName();
        form.role = row.getRole();
        form.superiorId = row.getSuperiorId();
        form.mobile = row.getMobile();
        form.email = row.getEmail();
        return form;
    }

    NewAccount toNewAccount() {
        return new NewAccount(login == null ? null : login.strip(), displayName, role, superiorId, password,
                mobile, email);
    }

    AccountEdit toEdit() {
        return new AccountEdit(id, version, displayName, role, superiorId, mobile, email);
    }

    public boolean isNewAccount() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getSuperiorId() {
        return superiorId;
    }

    public void setSuperiorId(Long superiorId) {
        this.superiorId = superiorId;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
