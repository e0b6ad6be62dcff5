package org.xtoolscrm.account;

import java.io.Serializable;

/**
 * One line of the account list or the org chart, read as a projection. A class with
 * getters rather than a record, because Jakarta EL 5 resolves bean properties only.
 */
public final class AccountRow implements Serializable {

    private final Long id;
    private final String login;
    private final String displayName;
    private final Role role;
    private final Long superiorId;
    private final String superiorName;
    private final String mobile;
    private final String email;
    private final boolean enabled;
    private final int version;

    public AccountRow(Long id, String login, String displayName, Role role, Long superiorId, String superiorName,
                      String mobile, String email, boolean enabled, int version) {
        this.id = id;
        this.login = login;
        this.displayName = displayName;
        this.role = role;
        this.superiorId = superiorId;
        this.superiorName = superiorName;
        this.mobile = mobile;
        this.email = email;
        this.enabled = enabled;
        this.version = version;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Long getSuperiorId() {
        return superiorId;
    }

    public String getSuperiorName() {
        return superiorName;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getVersion() {
        return version;
    }
}
