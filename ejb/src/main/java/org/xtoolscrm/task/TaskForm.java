package org.xtoolscrm.task;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The fields a user enters to create or edit a task. {@link TaskRules} checks them;
 * the service checks the customer and the owner against the caller's access.
 */
public class TaskForm implements Serializable {

    private String subject;
    private LocalDate dueDate;
    private TaskPriority priority = TaskPriority.NORMAL;
    /** The customer the task is about, or null. */
    private Long customerId;
    /** The contact the task is about, or null. */
    private Long contactId;
    /** The opportunity the task is about, or null. */
    private Long opportunityId;
    /** The assignee, or null for the caller. */
    private Long ownerId;
    private String description;

    /** Copies the editable fields of a task, for an edit dialog. */
    public static TaskForm of(Task task) {
        TaskForm form = new TaskForm();
        form.subject = task.getSubject();
        form.dueDate = task.getDueDate();
        form.priority = task.getPriority();
        form.customerId = task.getCustomer() == null ? null : task.getCustomer().getId();
        form.contactId = task.getContactId();
        form.opportunityId = task.getOpportunityId();
        form.ownerId = task.getOwner().getId();
        form.description = task.getDescription();
        return form;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public void setPriority(TaskPriority priority) {
        this.priority = priority;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
