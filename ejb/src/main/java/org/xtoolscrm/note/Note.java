package org.xtoolscrm.note;

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
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;
import org.xtoolscrm.customer.Customer;

/** Free text that a user keeps on a customer. Pinned notes list before the others. */
@Entity
@Table(name = "note")
public class Note implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Note";

    /** The maximum length of the text, in characters (Unicode code points, as MySQL counts them). */
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "note_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(nullable = false)
    private boolean pinned;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private User author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that holds this note, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected Note() {
    }

    Note(Customer customer, User author, String text, boolean pinned) {
        this.customer = customer;
        this.author = author;
        this.text = text;
        this.pinned = pinned;
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

    @Override
    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }

    public boolean isPinned() {
        return pinned;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public User getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns whether the note is in the recycle bin. */
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
        values.put("customer", customer.getName());
        values.put("text", text);
        values.put("pinned", pinned);
        values.put("author", author.getLogin());
        return values;
    }
}
