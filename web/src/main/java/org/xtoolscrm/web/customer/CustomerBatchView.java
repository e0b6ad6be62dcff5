package org.xtoolscrm.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.account.UserDirectory;
import org.xtoolscrm.customer.BatchResult;
import org.xtoolscrm.customer.CustomerRow;
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.customer.CustomerTransferService;
import org.xtoolscrm.customer.InvalidCustomerActionException;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;

/**
 * Backs the batch actions of customer/list.xhtml: transfer or share the selected
 * rows, or every row that matches the table's filters. The ids go to the services,
 * which act only on customers the caller may manage and count the rest as skipped.
 */
@Named
@ViewScoped
public class CustomerBatchView implements Serializable {

    @Inject
    private CustomerListView list;

    @EJB
    private CustomerTransferService transfers;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private UserDirectory directory;

    private List<CustomerRow> selected = new ArrayList<>();
    private boolean allMatching;
    private Long newOwnerId;
    private List<Long> shareWith = new ArrayList<>();
    private List<OwnerOption> users;

    public void transfer() {
        if (!hasTarget() || newOwnerId == null) {
            return;
        }
        try {
            BatchResult result = allMatching
                    ? transfers.transferMatching(list.getModel().currentFilter(), newOwnerId)
                    : transfers.transferMany(selectedIds(), newOwnerId);
            Texts.info("customer.batch.message.transferred", result.done(), result.skipped());
            reset();
        } catch (InvalidCustomerActionException e) {
            Texts.errorText(e.getMessage());
        }
    }

    public void share() {
        if (!hasTarget()) {
            return;
        }
        try {
            BatchResult result = allMatching
                    ? sharing.shareMatching(list.getModel().currentFilter(), shareWith)
                    : sharing.shareMany(selectedIds(), shareWith);
            Texts.info("customer.batch.message.shared", result.done(), result.skipped());
            reset();
        } catch (InvalidCustomerActionException e) {
            Texts.errorText(e.getMessage());
        }
    }

    private boolean hasTarget() {
        if (!allMatching && selected.isEmpty()) {
            Texts.error("customer.batch.message.nothingSelected");
            return false;
        }
        return true;
    }

    private List<Long> selectedIds() {
        return selected.stream().map(CustomerRow::getId).toList();
    }

    private void reset() {
        selected = new ArrayList<>();
        allMatching = false;
        newOwnerId = null;
        shareWith = new ArrayList<>();
    }

    public List<OwnerOption> getUsers() {
        if (users == null) {
            users = directory.enabledUsers().stream().map(OwnerOption::of).toList();
        }
        return users;
    }

    public List<CustomerRow> getSelected() {
        return selected;
    }

    public void setSelected(List<CustomerRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public boolean isAllMatching() {
        return allMatching;
    }

    public void setAllMatching(boolean allMatching) {
        this.allMatching = allMatching;
    }

    public Long getNewOwnerId() {
        return newOwnerId;
    }

    public void setNewOwnerId(Long newOwnerId) {
        this.newOwnerId = newOwnerId;
    }

    public List<Long> getShareWith() {
        return shareWith;
    }

    public void setShareWith(List<Long> shareWith) {
        this.shareWith = shareWith;
    }
}
