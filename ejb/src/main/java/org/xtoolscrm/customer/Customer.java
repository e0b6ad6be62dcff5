package org.xtoolscrm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;

/** A company or a person that buys, owned by one user. */
@Entity
@Table(name = "customer")
public class Customer implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Customer";

    /** Column sizes, shared with the import's validation. */
    public static final int CODE_MAX = 64;
    public static final int NAME_MAX = 200;
    public static final int CONTACT_NAME_MAX = 100;
    public static final int INDUSTRY_MAX = 100;
    public static final int PLACE_MAX = 100;
    public static final int ADDRESS_MAX = 500;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 200;
    public static final int WEBSITE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_code", length = CODE_MAX)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false)
    private CustomerType type = CustomerType.ENTERPRISE;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "contact_name", length = CONTACT_NAME_MAX)
    private String contactName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private User owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerStatus status = CustomerStatus.PROSPECT;

    @Column(length = INDUSTRY_MAX)
    private String industry;

    private String region;
    private String country;
    private String province;
    private String city;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(length = PHONE_MAX)
    private String phone2;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(length = WEBSITE_MAX)
    private String website;

    @Column(name = "import_instance_id")
    private Long importInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that holds this customer, or null while it is live. */
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

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public User getOwner() {
        return owner;
    }

    public void setOwner(User owner) {
        this.owner = owner;
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

    public Long getImportInstanceId() {
        return importInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns whether the customer is in the recycle bin. */
    public boolean isDeleted() {
        return deletionId != null;
    }

    public Long getDeletionId() {
        return deletionId;
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
        values.put("code", code);
        values.put("type", type);
        values.put("name", name);
        values.put("contactName", contactName);
        values.put("owner", owner == null ? null : owner.getLogin());
        values.put("status", status);
        values.put("industry", industry);
        values.put("region", region);
        values.put("country", country);
        values.put("province", province);
        values.put("city", city);
        values.put("address", address);
        values.put("phone", phone);
        values.put("phone2", phone2);
        values.put("email", email);
        values.put("website", website);
        return values;
    }
}
