package org.xtoolscrm.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Settings a user picks for themselves. They live apart from the account, so
 * changing one never collides with a Boss editing the account.
 */
@Entity
@Table(name = "user_preference")
public class UserPreference {

    @Id
    @Column(name = "user_id")
    private Long userId;

    /** The language tag of the pages, such as zh-CN, or null for the browser's language. */
    private String language;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserPreference() {
    }

    UserPreference(long userId) {
        this.userId = userId;
    }

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
        this.updatedAt = Instant.now();
    }
}
