package org.xtoolscrm.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.account.User;
import org.xtoolscrm.account.UserDirectory;
import org.xtoolscrm.customer.CustomerTransferService;
import org.xtoolscrm.customer.InvalidCustomerActionException;
import org.xtoolscrm.web.Texts;

/**
 * Backs customer/hand-over.xhtml, where a Boss hands every customer of one user,
 * typically one who leaves, to another in one step: choose who leaves, see how many
 * customers they own, choose who receives them, confirm.
 */
@Named
@ViewScoped
public class HandOverView implements Serializable {

    @EJB
    private CustomerTransferService transfers;

    @EJB
    private UserDirectory directory;

    private List<User> users;
    private Long fromUserId;
    private Long toUserId;
    private long customerCount;

    @PostConstruct
    void init() {
        users = directory.allUsers();
    }

    /** Counts the customers of the chosen user, shown before the hand-over is confirmed. */
    public void countCustomers() {
        customerCount = fromUserId == null ? 0 : transfers.countOwnedBy(fromUserId);
    }

    public void handOver() {
        if (fromUserId == null || toUserId == null) {
            Texts.error("handOver.message.chooseBoth");
            return;
        }
        try {
            int moved = transfers.handOver(fromUserId, toUserId);
            Texts.info("handOver.message.done", moved, name(fromUserId), name(toUserId));
            countCustomers();
        } catch (InvalidCustomerActionException e) {
            Texts.errorText(e.getMessage());
        }
    }

    private String name(long userId) {
        return users.stream().filter(user -> user.getId() == userId).map(User::getDisplayName).findFirst()
                .orElse(String.valueOf(userId));
    }

    public List<User> getUsers() {
        return users;
    }

    /** Returns the accounts that may receive customers: the enabled ones. */
    public List<User> getReceivers() {
        return users.stream().filter(User::isEnabled).toList();
    }

    public Long getFromUserId() {
        return fromUserId;
    }

    public void setFromUserId(Long fromUserId) {
        this.fromUserId = fromUserId;
    }

    public Long getToUserId() {
        return toUserId;
    }

    public void setToUserId(Long toUserId) {
        this.toUserId = toUserId;
    }

    public long getCustomerCount() {
        return customerCount;
    }
}
