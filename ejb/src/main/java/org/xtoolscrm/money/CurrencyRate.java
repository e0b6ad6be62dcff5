package org.xtoolscrm.money;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.audit.Audited;

/** How many units of the company currency one unit of another currency is worth, as a Boss set it. */
@Entity
@Table(name = "currency_rate")
public class CurrencyRate implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "CurrencyRate";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 6)
    private BigDecimal rate;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private int version;

    protected CurrencyRate() {
    }

    CurrencyRate(String currency) {
        this.currency = currency;
    }

    @PrePersist
    @PreUpdate
    void onSave() {
        updatedAt = Instant.now();
    }

    void set(BigDecimal rate, String updatedBy) {
        this.rate = rate;
        this.updatedBy = updatedBy;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
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
        values.put("currency", currency);
        values.put("rate", rate == null ? null : rate.toPlainString());
        return values;
    }
}
