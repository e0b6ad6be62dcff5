package org.xtoolscrm.web.session;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.User;

/** The signed-in user's name and role, for the page header. */
@Named
@RequestScoped
public class CurrentUser {

    @EJB
    private AccessService access;

    private User user;

    @PostConstruct
    void load() {
        user = access.currentUser();
    }

    public String getDisplayName() {
        return user.getDisplayName();
    }

    public String getLogin() {
        return user.getLogin();
    }

    public String getRole() {
        return user.getRole().name();
    }
}
