package org.xtoolscrm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A user who may read and write a customer without owning it. */
@Entity
@Table(name = "customer_share")
@IdClass(CustomerShare.Key.class)
public class CustomerShare implements Serializable {

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected CustomerShare() {
    }

    CustomerShare(long customerId, long userId, String grantedBy) {
        this.customerId = customerId;
        this.userId = userId;
        this.grantedBy = grantedBy;
        this.grantedAt = Instant.now();
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getUserId() {
        return userId;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    /** The primary key: customer and user. */
    public static class Key implements Serializable {

        private long customerId;
        private long userId;

        public Key() {
        }

        public Key(long customerId, long userId) {
            this.customerId = customerId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.customerId == customerId && key.userId == userId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, userId);
        }
    }
}
