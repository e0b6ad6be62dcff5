package org.xtoolscrm.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Password hasher")
class PasswordHasherTest {

    @Test
    @DisplayName("Hash is bcrypt in modular crypt form and salted")
    void hashFormat() {
        String first = PasswordHasher.hash("demo123");
        String second = PasswordHasher.hash("demo123");

        assertTrue(first.startsWith("$2a$10$"), first);
        assertNotEquals(first, second);
    }

    @Test
    @DisplayName("Hash matches its password only")
    void matches() {
        String hash = PasswordHasher.hash("密码-secret");

        assertTrue(PasswordHasher.matches("密码-secret", hash));
        assertFalse(PasswordHasher.matches("密码-Secret", hash));
        assertFalse(PasswordHasher.matches("", hash));
        assertFalse(PasswordHasher.matches(null, hash));
    }

    @Test
    @DisplayName("Malformed stored hash matches nothing")
    void malformedHash() {
        assertFalse(PasswordHasher.matches("demo123", "not-a-hash"));
        assertFalse(PasswordHasher.matches("demo123", null));
    }
}
