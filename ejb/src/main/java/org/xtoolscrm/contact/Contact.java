package org.xtoolscrm.contact;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.audit.Audited;
import org.xtoolscrm.customer.Customer;

/** A person at a customer. A customer may have several contacts, and more than one of them may be a main contact. */
@Entity
@Table(name = "contact")
public class Contact implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Contact";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    /**
     * The same column as {@link #customer}, read-only, for queries that join contacts with an ON
     * clause. EclipseLink 4.0.6 turns {@code k.customer.id} there into a second join of the
     * customer table, which the database rejects. It stays null on a contact created in the
     * current persistence context, so Java code reads {@link #getCustomer()} instead.
     */
    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false, length = ContactRules.NAME_MAX)
    private String name;

    /** The job title, such as Purchasing Manager. */
    @Column(length = ContactRules.TITLE_MAX)
    private String title;

    @Column(length = ContactRules.DEPARTMENT_MAX)
    private String department;

    @Column(length = ContactRules.PHONE_MAX)
    private String mobile;

    @Column(length = ContactRules.PHONE_MAX)
    private String phone;

    @Column(length = ContactRules.EMAIL_MAX)
    private String email;

    private LocalDate birthday;

    @Column(length = ContactRules.NOTES_MAX)
    private String notes;

    @Column(name = "main_contact", nullable = false)
    private boolean mainContact;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The login of the user who created the contact. */
    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    /** The id of the recycle bin entry that contains this contact, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected Contact() {
    }

    Contact(Customer customer, String createdBy) {
        this.customer = customer;
        this.createdBy = createdBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Copies checked values onto the contact. */
    void apply(ContactValues values) {
        name = values.name();
        title = values.title();
        department = values.department();
        mobile = values.mobile();
        phone = values.phone();
        email = values.email();
        birthday = values.birthday();
        notes = values.notes();
        mainContact = values.mainContact();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getDepartment() {
        return department;
    }

    public String getMobile() {
        return mobile;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isMainContact() {
        return mainContact;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Returns whether the contact is in the recycle bin, on its own or with its customer. */
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

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("customer", customer == null ? null : customer.getName());
        values.put("name", name);
        values.put("title", title);
        values.put("department", department);
        values.put("mobile", mobile);
        values.put("phone", phone);
        values.put("email", email);
        values.put("birthday", birthday);
        values.put("notes", notes);
        values.put("mainContact", mainContact);
        return values;
    }
}
