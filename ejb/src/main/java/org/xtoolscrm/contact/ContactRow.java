package org.xtoolscrm.contact;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a contact list, read as a projection so a page is one query. A class with
 * getters rather than a record, because Jakarta EL 5 resolves bean properties only.
 */
public final class ContactRow implements Serializable {

    private final Long id;
    private final Long customerId;
    private final String customerName;
    private final String name;
    private final String title;
    private final String department;
    private final String mobile;
    private final String phone;
    private final String email;
    private final LocalDate birthday;
    private final String notes;
    private final boolean mainContact;
    private final Instant updatedAt;

    public ContactRow(Long id, Long customerId, String customerName, String name, String title, String department,
                      String mobile, String phone, String email, LocalDate birthday, String notes,
                      boolean mainContact, Instant updatedAt) {
        this.id = id;
        this.customerId = customerId;
        this.customerName = customerName;
        this.name = name;
        this.title = title;
        this.department = department;
        this.mobile = mobile;
        this.phone = phone;
        this.email = email;
        this.birthday = birthday;
        this.notes = notes;
        this.mainContact = mainContact;
        this.updatedAt = updatedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
