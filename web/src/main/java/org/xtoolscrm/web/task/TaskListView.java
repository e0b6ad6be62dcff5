package org.xtoolscrm.web.task;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.task.TaskAssignee;
import org.xtoolscrm.task.TaskService;
import org.xtoolscrm.task.TaskState;
import org.xtoolscrm.web.OwnerOption;

/**
 * Backs task/list.xhtml: every task the user may see, filtered by state, assignee and
 * subject. A Manager or Boss starts with their own tasks and may pick anyone in their
 * scope or everyone. A salesperson gets their own tasks and those on customers shared
 * with them.
 */
@Named
@ViewScoped
public class TaskListView implements Serializable {

    /** The owner filter's value for every task the user may see. */
    static final String EVERYONE = "all";
    /** The owner filter's value for the user's own tasks. */
    static final String MINE = "mine";

    @EJB
    private TaskService tasks;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private TaskLazyModel model;
    private List<OwnerOption> owners;
    private String owner;

    @PostConstruct
    void init() {
        model = new TaskLazyModel(tasks, null);
        long callerId = access.currentUser().getId();
        owners = accounts.assignableOwners().stream()
                .filter(option -> option.getId() != callerId)
                .map(OwnerOption::of)
                .toList();
        setOwner(isOwnerFilterShown() ? MINE : EVERYONE);
    }

    public TaskLazyModel getModel() {
        return model;
    }

    public TaskState[] getStates() {
        return TaskState.values();
    }

    public TaskState getState() {
        return model.getState();
    }

    public void setState(TaskState state) {
        model.setState(state);
    }

    public String getSearch() {
        return model.getSubject();
    }

    public void setSearch(String search) {
        model.setSubject(search);
    }

    /** Returns the owner filter: {@value #MINE}, {@value #EVERYONE} or a user's id. */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
        model.setAssignee(assignee(owner));
    }

    /** Returns the other users the filter offers: the accounts in the caller's scope. */
    public List<OwnerOption> getOwners() {
        return owners;
    }

    /** A salesperson has no one else in scope, so an owner filter would be noise. */
    public boolean isOwnerFilterShown() {
        return !owners.isEmpty();
    }

    /** Returns whether the list shows tasks of other users, so the owner column is worth its space. */
    public boolean isOwnerColumnShown() {
        return !MINE.equals(owner);
    }

    /** Maps the owner filter's value to an assignee; an unknown value shows everything in scope. */
    static TaskAssignee assignee(String owner) {
        if (owner == null || owner.isBlank() || EVERYONE.equals(owner)) {
            return TaskAssignee.scope();
        }
        if (MINE.equals(owner)) {
            return TaskAssignee.caller();
        }
        try {
            return TaskAssignee.user(Long.parseLong(owner.strip()));
        } catch (NumberFormatException e) {
            return TaskAssignee.scope();
        }
    }
}
