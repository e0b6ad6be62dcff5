package org.xtoolscrm.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Account rules")
class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ab", "sales1", "li.na", "zhang_wei-2", "A1"})
    @DisplayName("Valid logins pass")
    void validLogins(String login) {
        assertDoesNotThrow(() -> AccountRules.checkLogin(login));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "-sales", "has space", "李娜", "x@y"})
    @DisplayName("Invalid logins are rejected on the login field")
    void invalidLogins(String login) {
        InvalidAccountException e = assertThrows(InvalidAccountException.class, () -> AccountRules.checkLogin(login));
        assertEquals("login", e.getField());
    }

    @Test
    @DisplayName("Password of 5 characters is too short")
    void shortPassword() {
        InvalidAccountException e = assertThrows(InvalidAccountException.class,
                () -> AccountRules.checkPassword("sales1", "12345"));
        assertEquals("password", e.getField());
    }

    @Test
    @DisplayName("Password equal to the login is rejected, whatever the case")
    void passwordEqualsLogin() {
        assertThrows(InvalidAccountException.class, () -> AccountRules.checkPassword("sales1", "SALES1"));
    }

    @Test
    @DisplayName("Password of 6 characters passes")
    void sixCharacters() {
        assertDoesNotThrow(() -> AccountRules.checkPassword("sales1", "123456"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "BOSS, none",
        "MANAGER, BOSS",
        "SALES, MANAGER",
        "SALES, BOSS"})
    @DisplayName("Allowed reporting lines pass")
    void allowedSuperiors(Role role, Role superior) {
        assertDoesNotThrow(() -> AccountRules.checkSuperior(role, superior));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "BOSS, BOSS",
        "MANAGER, none",
        "MANAGER, MANAGER",
        "MANAGER, SALES",
        "SALES, none",
        "SALES, SALES"})
    @DisplayName("Other reporting lines are rejected on the superior field")
    void rejectedSuperiors(Role role, Role superior) {
        InvalidAccountException e = assertThrows(InvalidAccountException.class,
                () -> AccountRules.checkSuperior(role, superior));
        assertEquals("superior", e.getField());
    }
}
