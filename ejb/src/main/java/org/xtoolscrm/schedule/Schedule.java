package org.xtoolscrm.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.customer.Customer;

/**
 * A planned meeting, call or visit on its owner's calendar, optionally about a
 * customer. The owner is reminded at {@link #getRemindAt()} until the schedule
 * ends, unless it is done or the reminder was dismissed.
 */
@Entity
@Table(name = "schedule")
public class Schedule implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Schedule";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private User owner;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    /** Exclusive: an all-day schedule of one day ends at the next midnight. */
    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    /** The code of a {@code SCHEDULE_TYPE} option of the data dictionary. */
    @Column(name = "schedule_type", nullable = false, length = ScheduleRules.TYPE_MAX)
    private String type;

    @Column(nullable = false, length = ScheduleRules.SUBJECT_MAX)
    private String subject;

    @Column(length = ScheduleRules.PLACE_MAX)
    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /**
     * The same column as {@link #customer}, read-only, for the list query that matches the
     * contact against it in the ON clause of a join. EclipseLink 4.0.6 turns a path through
     * {@code customer} there into a join that the database rejects. Java code reads
     * {@link #customer}, because this field stays stale until the schedule is read again.
     */
    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "reminder_minutes")
    private Integer reminderMinutes;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "reminder_dismissed", nullable = false)
    private boolean reminderDismissed;

    @Column(length = ScheduleRules.NOTES_MAX)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that contains this schedule, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /**
     * Sets the time and the reminder together, so the stored reminder time always
     * follows the start. A changed start or reminder brings a dismissed reminder back.
     */
    void setTiming(Instant start, Instant end, boolean allDay, Integer reminderMinutes) {
        boolean reminderMoved = !start.equals(startAt) || !Objects.equals(reminderMinutes, this.reminderMinutes);
        this.startAt = start;
        this.endAt = end;
        this.allDay = allDay;
        this.reminderMinutes = reminderMinutes;
        this.remindAt = ReminderWindow.remindAt(start, reminderMinutes);
        if (reminderMoved) {
            reminderDismissed = false;
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public User getOwner() {
        return owner;
    }

    void setOwner(User owner) {
        this.owner = owner;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public String getType() {
        return type;
    }

    void setType(String type) {
        this.type = type;
    }

    public String getSubject() {
        return subject;
    }

    void setSubject(String subject) {
        this.subject = subject;
    }

    public String getPlace() {
        return place;
    }

    void setPlace(String place) {
        this.place = place;
    }

    public Customer getCustomer() {
        return customer;
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
    }

    /** Returns the id of the customer, or null for a schedule without one. */
    public Long getCustomerId() {
        return customer == null ? null : customer.getId();
    }

    public Long getContactId() {
        return contactId;
    }

    void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public boolean isDone() {
        return done;
    }

    void setDone(boolean done) {
        this.done = done;
    }

    public Integer getReminderMinutes() {
        return reminderMinutes;
    }

    /** Returns when the owner is reminded, or null for a schedule without a reminder. */
    public Instant getRemindAt() {
        return remindAt;
    }

    public boolean isReminderDismissed() {
        return reminderDismissed;
    }

    public String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns whether the schedule is in the recycle bin. */
    public boolean isDeleted() {
        return deletionId != null;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    /** Returns the logged fields, with times as the company's clock shows them. */
    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("owner", owner == null ? null : owner.getLogin());
        values.put("start", CompanyCalendar.current().logText(startAt, allDay));
        values.put("end", CompanyCalendar.current().logText(endAt, allDay));
        values.put("allDay", allDay);
        values.put("type", type);
        values.put("subject", subject);
        values.put("place", place);
        values.put("customer", customer == null ? null : customer.getName());
        values.put("contactId", contactId);
        values.put("opportunityId", opportunityId);
        values.put("done", done);
        values.put("reminderMinutes", reminderMinutes);
        values.put("notes", notes);
        return values;
    }
}
