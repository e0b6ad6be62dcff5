package org.xtoolscrm.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The fields a user enters to create or edit a customer. The constraints match the
 * column sizes, and the page shows their messages next to the fields.
 */
public class CustomerForm implements Serializable {

    @NotNull
    private CustomerType type = CustomerType.ENTERPRISE;

    @NotBlank
    @Size(max = Customer.NAME_MAX)
    private String name;

    @Size(max = Customer.CODE_MAX)
    private String code;

    @Size(max = Customer.CONTACT_NAME_MAX)
    private String contactName;

    @NotNull
    private CustomerStatus status = CustomerStatus.PROSPECT;

    @Size(max = Customer.INDUSTRY_MAX)
    private String industry;

    @Size(max = Customer.PLACE_MAX)
    private String region;

    @Size(max = Customer.PLACE_MAX)
    private String country;

    @Size(max = Customer.PLACE_MAX)
    private String province;

    @Size(max = Customer.PLACE_MAX)
    private String city;

    @Size(max = Customer.ADDRESS_MAX)
    private String address;

    /** Digits with the separators people type: spaces, + - ( ) . / and an extension. */
    @Size(max = Customer.PHONE_MAX)
    @Pattern(regexp = "[0-9+()./ \\-]*((x|ext\\.?|转)[0-9 ]+)?")
    private String phone;

    @Size(max = Customer.PHONE_MAX)
    @Pattern(regexp = "[0-9+()./ \\-]*((x|ext\\.?|转)[0-9 ]+)?")
    private String phone2;

    @Email
    @Size(max = Customer.EMAIL_MAX)
    private String email;

    /**
     * A host name with or without http:// or https://, and an optional path. The
     * empty string passes, because Faces may submit an empty field as "".
     */
    @Size(max = Customer.WEBSITE_MAX)
    @Pattern(regexp = "(((?i)https?://)?[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)+(:[0-9]{1,5})?([/?#].*)?)?")
    private String website;

    /** Copies the editable fields of a customer, for the edit page. */
    public static CustomerForm of(Customer customer) {
        CustomerForm form = new CustomerForm();
        form.type = customer.getType();
        form.name = customer.getName();
        form.code = customer.getCode();
        form.contactName = customer.getContactName();
        form.status = customer.getStatus();
        form.industry = customer.getIndustry();
        form.region = customer.getRegion();
        form.country = customer.getCountry();
        form.province = customer.getProvince();
        form.city = customer.getCity();
        form.address = customer.getAddress();
        form.phone = customer.getPhone();
        form.phone2 = customer.getPhone2();
        form.email = customer.getEmail();
        form.website = customer.getWebsite();
        return form;
    }

    /** Writes the fields to a customer, trimmed, with blank values as null. */
    void applyTo(Customer customer) {
        customer.setType(type);
        customer.setName(CustomerEditService.collapse(name));
        customer.setCode(clean(code));
        customer.setContactName(clean(contactName));
        customer.setStatus(status);
        customer.setIndustry(clean(industry));
        customer.setRegion(clean(region));
        customer.setCountry(clean(country));
        customer.setProvince(clean(province));
        customer.setCity(clean(city));
        customer.setAddress(clean(address));
        customer.setPhone(clean(phone));
        customer.setPhone2(clean(phone2));
        customer.setEmail(clean(email));
        customer.setWebsite(clean(website));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPhone2() {
        return phone2;
    }

    public void setPhone2(String phone2) {
        this.phone2 = phone2;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
