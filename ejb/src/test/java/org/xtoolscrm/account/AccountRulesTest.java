package org.xtoolscrm.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Account rules")
class AccountRulesTest {

    private static AccountError errorOf(Executable check) {
        return assertThrows(InvalidAccountException.class, check).getError();
    }

    @Nested
    @DisplayName("Login and name")
    class LoginAndName {

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
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.checkLogin(login));
            assertEquals(AccountError.LOGIN_INVALID, e.getError());
            assertEquals("login", e.getField());
            assertArrayEquals(new Object[] {login}, e.getArguments());
        }

        @Test
        @DisplayName("Display name is stripped")
        void displayNameStripped() {
            assertEquals("李娜", AccountRules.checkDisplayName("  李娜 "));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        @DisplayName("Blank display name is missing")
        void blankDisplayName(String name) {
            assertEquals(AccountError.NAME_MISSING, errorOf(() -> AccountRules.checkDisplayName(name)));
        }

        @Test
        @DisplayName("Display name over 100 characters is too long")
        void longDisplayName() {
            assertDoesNotThrow(() -> AccountRules.checkDisplayName("名".repeat(100)));
            assertEquals(AccountError.NAME_TOO_LONG, errorOf(() -> AccountRules.checkDisplayName("名".repeat(101))));
        }

        @Test
        @DisplayName("Missing role is rejected on the role field")
        void missingRole() {
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.checkRole(null));
            assertEquals("role", e.getField());
        }
    }

    @Nested
    @DisplayName("Mobile numbers")
    class MobileNumbers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "13812345678       | 13812345678",
            "19912345678       | 19912345678",
            "138 1234 5678     | 13812345678",
            "138-1234-5678     | 13812345678",
            "+8613812345678    | 13812345678",
            "+86 138-1234-5678 | 13812345678",
            "8613812345678     | 13812345678",
            "86 138 1234 5678  | 13812345678",
            "１３８１２３４５６７８ | 13812345678"})
        @DisplayName("Valid numbers are stored as 11 digits")
        void validNumbers(String input, String stored) {
            assertEquals(stored, AccountRules.normalizeMobile(input));
        }

        @ParameterizedTest
        @ValueSource(strings = {"12812345678", "10012345678", "1381234567", "138123456789", "23812345678",
            "+8512812345678", "+86 12812345678", "861381234567", "1381234567a", "(138)12345678", "0086 13812345678"})
        @DisplayName("Invalid numbers are rejected on the mobile field")
        void invalidNumbers(String input) {
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.normalizeMobile(input));
            assertEquals(AccountError.MOBILE_INVALID, e.getError());
            assertEquals("mobile", e.getField());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        @DisplayName("Blank number is stored as none")
        void blankNumber(String input) {
            assertNull(AccountRules.normalizeMobile(input));
        }
    }

    @Nested
    @DisplayName("E-mail addresses")
    class EmailAddresses {

        @ParameterizedTest
        @ValueSource(strings = {"li.na@example.com", "sales+cn@mail.example.com.cn", "王@例子.中国"})
        @DisplayName("Valid addresses pass")
        void validAddresses(String email) {
            assertEquals(email, AccountRules.normalizeEmail(" " + email + " "));
        }

        @ParameterizedTest
        @ValueSource(strings = {"li.na", "li.na@", "@example.com", "li@na@example.com", "li na@example.com",
            "li.na@example", "li.na@example..com", "li.na@.example.com", "li.na@example.com."})
        @DisplayName("Invalid addresses are rejected on the email field")
        void invalidAddresses(String email) {
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.normalizeEmail(email));
            assertEquals(AccountError.EMAIL_INVALID, e.getError());
            assertEquals("email", e.getField());
        }

        @Test
        @DisplayName("Address over 200 characters is too long")
        void longAddress() {
            String email = "a".repeat(190) + "@example.com";
            assertEquals(AccountError.EMAIL_TOO_LONG, errorOf(() -> AccountRules.normalizeEmail(email)));
        }

        @Test
        @DisplayName("Blank address is stored as none")
        void blankAddress() {
            assertNull(AccountRules.normalizeEmail(" "));
        }
    }

    @Nested
    @DisplayName("Passwords")
    class Passwords {

        @Test
        @DisplayName("Password of 5 characters is too short")
        void shortPassword() {
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.checkPassword("sales1", "12345"));
            assertEquals(AccountError.PASSWORD_TOO_SHORT, e.getError());
            assertEquals("password", e.getField());
            assertArrayEquals(new Object[] {6}, e.getArguments());
        }

        @Test
        @DisplayName("Missing password is too short")
        void missingPassword() {
            assertEquals(AccountError.PASSWORD_TOO_SHORT, errorOf(() -> AccountRules.checkPassword("sales1", null)));
        }

        @Test
        @DisplayName("Password equal to the login is rejected, whatever the case")
        void passwordEqualsLogin() {
            assertEquals(AccountError.PASSWORD_EQUALS_LOGIN,
                    errorOf(() -> AccountRules.checkPassword("sales1", "SALES1")));
        }

        @Test
        @DisplayName("Password of 6 characters passes")
        void sixCharacters() {
            assertDoesNotThrow(() -> AccountRules.checkPassword("sales1", "123456"));
        }

        @Test
        @DisplayName("Password over 72 bytes is too long")
        void longPassword() {
            assertDoesNotThrow(() -> AccountRules.checkPassword("sales1", "x".repeat(72)));
            assertEquals(AccountError.PASSWORD_TOO_LONG,
                    errorOf(() -> AccountRules.checkPassword("sales1", "x".repeat(73))));
            assertEquals(AccountError.PASSWORD_TOO_LONG,
                    errorOf(() -> AccountRules.checkPassword("sales1", "密".repeat(25))));
        }

        @Test
        @DisplayName("Exception message never contains the password")
        void messageWithoutPassword() {
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.checkPassword("sales1", "Sales1"));
            assertEquals("PASSWORD_EQUALS_LOGIN", e.getMessage());
        }
    }

    @Nested
    @DisplayName("Reporting line")
    class ReportingLine {

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
            "BOSS, BOSS, SUPERIOR_NOT_ALLOWED",
            "MANAGER, none, SUPERIOR_MUST_BE_BOSS",
            "MANAGER, MANAGER, SUPERIOR_MUST_BE_BOSS",
            "MANAGER, SALES, SUPERIOR_MUST_BE_BOSS",
            "SALES, none, SUPERIOR_MUST_BE_MANAGER_OR_BOSS",
            "SALES, SALES, SUPERIOR_MUST_BE_MANAGER_OR_BOSS"})
        @DisplayName("Other reporting lines are rejected on the superior field")
        void rejectedSuperiors(Role role, Role superior, AccountError expected) {
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.checkSuperior(role, superior));
            assertEquals(expected, e.getError());
            assertEquals("superior", e.getField());
        }

        @Test
        @DisplayName("Manager with salespeople may become a Boss")
        void managerWithSalesBecomesBoss() {
            assertDoesNotThrow(() -> AccountRules.checkSubordinates(Role.BOSS, List.of(Role.SALES, Role.SALES)));
        }

        @Test
        @DisplayName("Manager with subordinates cannot become a salesperson")
        void managerWithSalesCannotBecomeSales() {
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.checkSubordinates(Role.SALES, List.of(Role.SALES, Role.SALES)));
            assertEquals(AccountError.SUBORDINATES_BLOCK_ROLE, e.getError());
            assertEquals("role", e.getField());
            assertArrayEquals(new Object[] {2L, Role.SALES}, e.getArguments());
        }

        @Test
        @DisplayName("Boss with Managers cannot become a Manager; only the Managers count")
        void bossWithManagersCannotBecomeManager() {
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.checkSubordinates(Role.MANAGER, List.of(Role.MANAGER, Role.SALES)));
            assertArrayEquals(new Object[] {1L, Role.MANAGER}, e.getArguments());
        }

        @Test
        @DisplayName("Boss with salespeople only may become a Manager")
        void bossWithSalesBecomesManager() {
            assertDoesNotThrow(() -> AccountRules.checkSubordinates(Role.MANAGER, List.of(Role.SALES)));
        }

        @Test
        @DisplayName("Account without subordinates may take any role")
        void noSubordinates() {
            for (Role role : Role.values()) {
                assertDoesNotThrow(() -> AccountRules.checkSubordinates(role, List.of()));
            }
        }
    }

    @Nested
    @DisplayName("Last Boss and own account")
    class LastBoss {

        @Test
        @DisplayName("Last enabled Boss cannot be demoted")
        void lastBossDemoted() {
            assertEquals(AccountError.LAST_BOSS_DEMOTED,
                    errorOf(() -> AccountRules.checkDemotion(Role.BOSS, Role.MANAGER, true, 1)));
        }

        @Test
        @DisplayName("One of two enabled Bosses may be demoted")
        void secondBossDemoted() {
            assertDoesNotThrow(() -> AccountRules.checkDemotion(Role.BOSS, Role.MANAGER, true, 2));
        }

        @Test
        @DisplayName("Disabled Boss may be demoted while one Boss is enabled")
        void disabledBossDemoted() {
            assertDoesNotThrow(() -> AccountRules.checkDemotion(Role.BOSS, Role.SALES, false, 1));
        }

        @Test
        @DisplayName("Manager may become a salesperson whatever the Boss count")
        void managerDemoted() {
            assertDoesNotThrow(() -> AccountRules.checkDemotion(Role.MANAGER, Role.SALES, true, 0));
        }

        @Test
        @DisplayName("Boss cannot disable own account")
        void ownAccount() {
            assertEquals(AccountError.OWN_ACCOUNT_DISABLED,
                    errorOf(() -> AccountRules.checkDisable(7, 7, Role.BOSS, 3)));
        }

        @Test
        @DisplayName("Last enabled Boss cannot be disabled")
        void lastBossDisabled() {
            assertEquals(AccountError.LAST_BOSS_DISABLED,
                    errorOf(() -> AccountRules.checkDisable(7, 8, Role.BOSS, 1)));
        }

        @Test
        @DisplayName("Other Boss or salesperson may be disabled")
        void othersDisabled() {
            assertDoesNotThrow(() -> AccountRules.checkDisable(7, 8, Role.BOSS, 2));
            assertDoesNotThrow(() -> AccountRules.checkDisable(7, 8, Role.SALES, 0));
        }
    }

    @Nested
    @DisplayName("Seat count")
    class Seats {

        @Test
        @DisplayName("Account fits while enabled accounts are below the seat count")
        void seatFree() {
            assertDoesNotThrow(() -> AccountRules.checkSeatAvailable(49, 50));
        }

        @Test
        @DisplayName("Full seat count rejects one more, naming the limit")
        void seatsFull() {
            InvalidAccountException e = assertThrows(InvalidAccountException.class,
                    () -> AccountRules.checkSeatAvailable(50, 50));
            assertEquals(AccountError.SEATS_EXHAUSTED, e.getError());
            assertNull(e.getField());
            assertArrayEquals(new Object[] {50, 50L}, e.getArguments());
        }

        @Test
        @DisplayName("Over-full seat count after lowering the setting rejects too")
        void seatsOverFull() {
            assertEquals(AccountError.SEATS_EXHAUSTED, errorOf(() -> AccountRules.checkSeatAvailable(60, 50)));
        }
    }
}
