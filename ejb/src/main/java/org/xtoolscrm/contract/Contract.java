package org.xtoolscrm.contract;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;
import org.xtoolscrm.customer.Customer;

/**
 * A signed deal, or one about to be signed: a numbered contract with a customer for an
 * amount in one currency. Payment plans, payments, invoices and deliveries hang off it.
 * Its customer never changes, so its records can carry the customer's id.
 */
@Entity
@Table(name = "contract")
public class Contract implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Contract";

    public static final int NUMBER_MAX = 40;
    public static final int TITLE_MAX = 200;
    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_number", nullable = false, length = NUMBER_MAX)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContractStatus status = ContractStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private User owner;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that contains this contract, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    /** The line items, replaced as a whole; while there are any, the amount is their total. */
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<ContractLine> lines = new ArrayList<>();

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Sets the fields a form edits, the amount at the scale of its column. */
    void apply(String number, String title, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn,
               BigDecimal amount, String currency, String notes) {
        this.number = number;
        this.title = title;
        this.signedOn = signedOn;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.amount = amount.setScale(2);
        this.currency = currency;
        this.notes = notes;
    }

    /**
     * Returns the line at the index, reusing the contract's line there or appending a new
     * one, so an edit updates rows in place rather than deleting and inserting them.
     */
    ContractLine lineAt(int index) {
        if (index < lines.size()) {
            return lines.get(index);
        }
        ContractLine line = new ContractLine(this, index);
        lines.add(line);
        return line;
    }

    /** Keeps the first lines up to the given count and removes the others, whose rows are deleted. */
    void truncateLines(int size) {
        while (lines.size() > size) {
            lines.remove(lines.size() - 1);
        }
    }

    /** Sets the amount to the total of the lines, at the scale of its column. */
    void setLinesTotal(BigDecimal total) {
        this.amount = total.setScale(2);
    }

    /** Marks the contract as changed, so that a change of its lines alone raises its version too. */
    void touch() {
        updatedAt = Instant.now();
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", number);
        values.put("title", title);
        values.put("opportunity", opportunityId);
        values.put("signedOn", signedOn);
        values.put("startsOn", startsOn);
        values.put("endsOn", endsOn);
        values.put("amount", amount);
        values.put("currency", currency);
        values.put("status", status);
        values.put("owner", owner == null ? null : owner.getDisplayName());
        values.put("notes", notes);
        values.put("lines", lines.isEmpty() ? null
                : lines.stream().map(ContractLine::auditText).collect(Collectors.joining("\n")));
        return values;
    }

    public boolean isDeleted() {
        return deletionId != null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public ContractStatus getStatus() {
        return status;
    }

    void setStatus(ContractStatus status) {
        this.status = status;
    }

    public User getOwner() {
        return owner;
    }

    void setOwner(User owner) {
        this.owner = owner;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getDeletionId() {
        return deletionId;
    }

    public int getVersion() {
        return version;
    }

    /** Returns the line items in their order. */
    public List<ContractLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
