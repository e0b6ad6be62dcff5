package org.xtoolscrm.contact;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The fields a user enters to create or edit a contact, as typed. {@link ContactRules}
 * checks and cleans them when the contact is saved.
 */
public class ContactForm implements Serializable {

    private String name;
    private String title;
    private String department;
    private String mobile;
    private String phone;
    private String email;
    private LocalDate birthday;
    private String notes;
    private boolean mainContact;

    /** Copies the fields of a contact, for the edit dialog. */
    public static ContactForm of(Contact contact) {
        ContactForm form = new ContactForm();
        form.name = contact.getName();
        form.title = contact.getTitle();
        form.department = contact.getDepartment();
        form.mobile = contact.getMobile();
        form.phone = contact.getPhone();
        form.email = contact.getEmail();
        form.birthday = contact.getBirthday();
        form.notes = contact.getNotes();
        form.mainContact = contact.isMainContact();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(LocalDate birthday) {
        this.birthday = birthday;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isMainContact() {
        return mainContact;
    }

    public void setMainContact(boolean mainContact) {
        this.mainContact = mainContact;
    }
}
