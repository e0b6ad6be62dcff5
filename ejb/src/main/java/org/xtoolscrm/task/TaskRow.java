package org.xtoolscrm.task;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.xtoolscrm.company.CompanyCalendar;

/**
 * One line of a task list, read as a projection so a page is one query. A class with
 * getters rather than a record, because Jakarta EL 5 resolves bean properties only.
 */
public final class TaskRow implements Serializable {

    private final Long id;
    private final String subject;
    private final LocalDate dueDate;
    private final TaskPriority priority;
    private final boolean done;
    private final Instant doneAt;
    private final Long customerId;
    private final String customerName;
    private final Long contactId;
    private final String contactName;
    private final Long ownerId;
    private final String ownerName;
    private final int version;
    private boolean overdue;

    public TaskRow(Long id, String subject, LocalDate dueDate, TaskPriority priority, Boolean done, Instant doneAt,
                   Long customerId, String customerName, Long contactId, String contactName, Long ownerId,
                   String ownerName, Integer version) {
        this.id = id;
        this.subject = subject;
        this.dueDate = dueDate;
        this.priority = priority;
        this.done = Boolean.TRUE.equals(done);
        this.doneAt = doneAt;
        this.customerId = customerId;
        this.customerName = customerName;
        this.contactId = contactId;
        this.contactName = contactName;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.version = version == null ? 0 : version;
    }

    /** Sets the overdue flag from the company's calendar, after the row was read. */
    void markOverdue(CompanyCalendar calendar) {
        overdue = TaskRules.isOverdue(dueDate, done, calendar);
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    /** Returns the customer's id, or null for a task without a customer. */
    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    /** Returns the contact's id, or null for a task without a contact. */
    public Long getContactId() {
        return contactId;
    }

    /** Returns the contact's name, or null when the task names no contact or its contact is in the recycle bin. */
    public String getContactName() {
        return contactName;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public int getVersion() {
        return version;
    }

    /** Returns whether the task is open and its due date lies before today in the company's time zone. */
    public boolean isOverdue() {
        return overdue;
    }
}
