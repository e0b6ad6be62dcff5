package org.xtoolscrm.customer;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the customer list, read as a projection so a page is one query.
 * A class with getters rather than a record, because Jakarta EL 5 resolves bean
 * properties only.
 */
public final class CustomerRow implements Serializable {

    private final Long id;
    private final String code;
    private final String name;
    private final CustomerType type;
    private final CustomerStatus status;
    private final String contactName;
    private final String industry;
    private final String region;
    private final String province;
    private final String city;
    private final String phone;
    private final String ownerName;
    private final Instant updatedAt;

    public CustomerRow(Long id, String code, String name, CustomerType type, CustomerStatus status,
                       String contactName, String industry, String region, String province, String city, String phone,
                       String ownerName, Instant updatedAt) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.type = type;
        this.status = status;
        this.contactName = contactName;
        this.industry = industry;
        this.region = region;
        this.province = province;
        this.city = city;
        this.phone = phone;
        this.ownerName = ownerName;
        this.updatedAt = updatedAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CustomerType getType() {
        return type;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public String getContactName() {
        return contactName;
    }

    public String getIndustry() {
        return industry;
    }

    public String getRegion() {
        return region;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public String getPhone() {
        return phone;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
