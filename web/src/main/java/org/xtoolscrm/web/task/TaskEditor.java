package org.xtoolscrm.web.task;

import org.xtoolscrm.web.opportunity.DealPicker;
import org.xtoolscrm.opportunity.OpportunityService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.task.InvalidTaskException;
import org.xtoolscrm.task.StaleTaskException;
import org.xtoolscrm.task.Task;
import org.xtoolscrm.task.TaskForm;
import org.xtoolscrm.task.TaskPriority;
import org.xtoolscrm.task.TaskProblem;
import org.xtoolscrm.task.TaskRow;
import org.xtoolscrm.task.TaskService;
import org.xtoolscrm.web.FieldMessages;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.contact.ContactPicker;

/**
 * Backs the task dialog (task/dialog.xhtml) on the task list and on the customer's
 * tasks tab, and the actions of a task row: complete, reopen, delete and history. On
 * the tab the customer is fixed; on the list the user picks one or none, and the contact
 * picker follows that choice.
 */
@Named
@ViewScoped
public class TaskEditor implements Serializable {

    private static final Logger LOG = Logger.getLogger(TaskEditor.class.getName());

    /** The id of the dialog's form; its field ids are the field names of {@link TaskProblem}. */
    static final String FORM_ID = "taskForm";


    @EJB
    private TaskService tasks;

    @EJB
    private CustomerService customers;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    @EJB
    private ContactService contacts;

    @EJB
    private OpportunityService opportunities;

    private Long taskId;
    private int version;
    private TaskForm form = new TaskForm();
    private CustomerChoice customer;
    private boolean customerFixed;
    private final ContactPicker contactPicker = new ContactPicker();
    private final DealPicker dealPicker = new DealPicker();
    private List<OwnerOption> owners;
    private boolean stale;
    private String historyTitle;
    private List<ChangeEntry> history = List.of();

    /**
     * Opens the dialog for a new task assigned to the caller.
     *
     * @param fixedCustomerId the customer of the tab the dialog opens on, or null on the task list
     */
    public void startNew(Long fixedCustomerId) {
        taskId = null;
        version = 0;
        stale = false;
        form = new TaskForm();
        form.setOwnerId(access.currentUser().getId());
        customerFixed = fixedCustomerId != null;
        customer = null;
        owners = assignableOwners(null);
        if (customerFixed) {
            try {
                customer = choiceOf(customers.getVisible(fixedCustomerId));
            } catch (RecordNotFoundException e) {
                Texts.error("task.message.customerNotFound");
                FacesContext.getCurrentInstance().validationFailed();
            }
        }
        contactPicker.open(contacts, customerId(), null);
        dealPicker.open(opportunities, customerId(), null);
    }

    /**
     * Opens the dialog with a task as it is now.
     *
     * @param onCustomerTab whether the dialog opens on the customer's tab, where the customer stays fixed
     */
    public void startEdit(long id, boolean onCustomerTab) {
        try {
            Task task = tasks.get(id);
            taskId = task.getId();
            version = task.getVersion();
            stale = false;
            form = TaskForm.of(task);
            customer = task.getCustomer() == null ? null : choiceOf(task.getCustomer());
            customerFixed = onCustomerTab;
            owners = assignableOwners(task.getOwner());
            contactPicker.open(contacts, customerId(), form.getContactId());
            dealPicker.open(opportunities, customerId(), form.getOpportunityId());
        } catch (RecordNotFoundException e) {
            notFound(id);
        }
    }

    /**
     * Reloads the contact picker after the user chose or cleared the customer. A contact of
     * the previous customer is dropped.
     */
    public void customerChanged() {
        contactPicker.changeCustomer(contacts, customerId());
        dealPicker.changeCustomer(opportunities, customerId());
    }

    /** Saves the dialog. A rejected form keeps the dialog open with the messages next to the fields. */
    public void save() {
        form.setCustomerId(customerId());
        form.setContactId(contactPicker.getContactId());
        form.setOpportunityId(dealPicker.getOpportunityId());
        try {
            if (taskId == null) {
                tasks.create(form);
                Texts.info("task.message.created");
            } else {
                tasks.update(taskId, version, form);
                Texts.info("task.message.saved");
            }
            // The page's messages show the confirmation; a rejected form keeps its messages in the dialog.
            PrimeFaces.current().ajax().update(":messages");
        } catch (InvalidTaskException e) {
            for (TaskProblem problem : e.getProblems()) {
                FieldMessages.error(FORM_ID, problem.field(),
                        Texts.get("TaskError." + problem.error().name(), problem.arguments().toArray()));
            }
        } catch (StaleTaskException e) {
            stale = true;
            FieldMessages.error(FORM_ID, null, Texts.get("task.message.stale"));
        } catch (RecordNotFoundException e) {
            // The task or its newly chosen customer left the user's access meanwhile.
            LOG.fine(() -> "Task dialog save failed: " + e.getMessage());
            FieldMessages.error(FORM_ID, null, Texts.get("task.message.notFound"));
        }
    }

    /** Loads the task as it is now after a stale save, dropping the user's changes. */
    public void reload() {
        if (taskId != null) {
            startEdit(taskId, customerFixed);
        }
    }

    public void complete(TaskRow row) {
        try {
            tasks.complete(row.getId());
            Texts.info("task.message.completed", row.getSubject());
        } catch (RecordNotFoundException e) {
            notFound(row.getId());
        }
    }

    public void reopen(TaskRow row) {
        try {
            tasks.reopen(row.getId());
            Texts.info("task.message.reopened", row.getSubject());
        } catch (RecordNotFoundException e) {
            notFound(row.getId());
        }
    }

    /** Moves the task to the recycle bin, unless someone changed it since the list was loaded. */
    public void delete(TaskRow row) {
        try {
            tasks.delete(row.getId(), row.getVersion());
            Texts.info("task.message.deleted", row.getSubject());
        } catch (StaleTaskException e) {
            Texts.error("task.message.staleDelete", row.getSubject());
        } catch (RecordNotFoundException e) {
            notFound(row.getId());
        }
    }

    /** Loads the change log of a task for the history dialog. */
    public void showHistory(TaskRow row) {
        try {
            history = tasks.history(row.getId());
            historyTitle = row.getSubject();
        } catch (RecordNotFoundException e) {
            history = List.of();
            notFound(row.getId());
        }
    }

    /**
     * Returns the converter of the customer picker. The page reads it through an
     * expression on every request, so the view state keeps no converter instance.
     */
    public Converter<CustomerChoice> getCustomerConverter() {
        return new CustomerChoiceConverter(customers);
    }

    /** Suggests the visible customers whose names start with the typed text. */
    public List<CustomerChoice> completeCustomer(String text) {
        return CustomerChoice.suggest(customers, text);
    }

    private List<OwnerOption> assignableOwners(User current) {
        return OwnerOption.assignable(accounts.assignableOwners(), current);
    }

    private Long customerId() {
        return customer == null ? null : customer.getId();
    }

    private static CustomerChoice choiceOf(Customer customer) {
        return new CustomerChoice(customer.getId(), customer.getName());
    }

    private static void notFound(long id) {
        LOG.fine(() -> "Task " + id + " is gone or not visible");
        Texts.error("task.message.notFound");
        FacesContext.getCurrentInstance().validationFailed();
    }

    public boolean isNew() {
        return taskId == null;
    }

    public TaskForm getForm() {
        return form;
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public ContactPicker getContactPicker() {
        return contactPicker;
    }

    public DealPicker getDealPicker() {
        return dealPicker;
    }

    /** Opens the dialog for a new task of a deal, on its customer and naming it. */
    public void startNewForDeal(long customerId, long opportunityId) {
        startNew(customerId);
        dealPicker.open(opportunities, customerId(), opportunityId);
    }

    public boolean isCustomerFixed() {
        return customerFixed;
    }

    public List<OwnerOption> getOwners() {
        return owners == null ? List.of() : owners;
    }

    /** Returns whether the dialog shows an owner picker; a salesperson can assign only to themselves. */
    public boolean isOwnerChoice() {
        return getOwners().size() > 1;
    }

    public TaskPriority[] getPriorities() {
        return TaskPriority.values();
    }

    public boolean isStale() {
        return stale;
    }

    public String getHistoryTitle() {
        return historyTitle;
    }

    public List<ChangeEntry> getHistory() {
        return history;
    }
}
