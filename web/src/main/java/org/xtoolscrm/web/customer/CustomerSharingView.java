package org.xtoolscrm.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.access.AccessGrant;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.User;
import org.xtoolscrm.account.UserDirectory;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.customer.BatchResult;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.customer.CustomerTransferService;
import org.xtoolscrm.customer.InvalidCustomerActionException;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;

/**
 * Backs the access, sharing, transfer and history panels of customer/view.xhtml.
 * Lists are read on demand and kept until a change, so each panel costs one query
 * per page view.
 */
@Named
@ViewScoped
public class CustomerSharingView implements Serializable {

    @Inject
    private CustomerView view;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private CustomerTransferService transfers;

    @EJB
    private CustomerService customers;

    @EJB
    private UserDirectory directory;

    private List<AccessGrant> grants;
    private List<User> sharedWith;
    private List<ChangeEntry> history;
    private List<OwnerOption> users;
    private List<Long> shareWith = new ArrayList<>();
    private Long newOwnerId;

    public void share() {
        try {
            BatchResult result = sharing.share(view.getCustomerId(), shareWith);
            Texts.info("customer.share.message.done", result.done());
            shareWith = new ArrayList<>();
            refresh();
        } catch (InvalidCustomerActionException e) {
            Texts.errorText(e.getMessage());
        }
    }

    public void unshare(long userId) {
        sharing.unshare(view.getCustomerId(), userId);
        Texts.info("customer.share.message.revoked");
        refresh();
    }

    public void transfer() throws IOException {
        if (newOwnerId == null) {
            Texts.error("customer.transfer.message.chooseOwner");
            return;
        }
        try {
            transfers.transfer(view.getCustomerId(), newOwnerId);
        } catch (InvalidCustomerActionException e) {
            Texts.errorText(e.getMessage());
            return;
        }
        newOwnerId = null;

        try {
            customers.getVisible(view.getCustomerId());
        } catch (RecordNotFoundException e) {
            // The new owner is outside the caller's scope: the customer left their view.
            Texts.info("customer.transfer.message.doneAndGone");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/customer/list.xhtml");
            return;
        }
        Texts.info("customer.transfer.message.done");
        view.reload();
        refresh();
    }

    private void refresh() {
        grants = null;
        sharedWith = null;
        history = null;
    }

    public List<AccessGrant> getGrants() {
        if (grants == null) {
            grants = sharing.whoCanSee(view.getCustomerId());
        }
        return grants;
    }

    public List<User> getSharedWith() {
        if (sharedWith == null) {
            sharedWith = sharing.sharedWith(view.getCustomerId());
        }
        return sharedWith;
    }

    public List<ChangeEntry> getHistory() {
        if (history == null) {
            history = customers.history(view.getCustomerId());
        }
        return history;
    }

    /** Returns the enabled users other than the owner, to share with or transfer to. */
    public List<OwnerOption> getUsers() {
        if (users == null) {
            long ownerId = view.getCustomer().getOwner().getId();
            users = directory.enabledUsers().stream()
                    .filter(user -> user.getId() != ownerId)
                    .map(OwnerOption::of)
                    .toList();
        }
        return users;
    }

    public List<Long> getShareWith() {
        return shareWith;
    }

    public void setShareWith(List<Long> shareWith) {
        this.shareWith = shareWith;
    }

    public Long getNewOwnerId() {
        return newOwnerId;
    }

    public void setNewOwnerId(Long newOwnerId) {
        this.newOwnerId = newOwnerId;
    }
}
