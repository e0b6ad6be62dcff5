package org.xtoolscrm.account;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The rules an account must follow, checked before it is stored. Each check raises an
 * {@link InvalidAccountException} that names the rule and the field.
 */
public final class AccountRules {

    public static final int PASSWORD_MIN_LENGTH = 6;

    /** bcrypt reads only the first 72 bytes of a password; Elytron encodes it as UTF-8. */
    public static final int PASSWORD_MAX_BYTES = 72;

    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 200;

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    /** A mainland China mobile number: 11 digits, starting with 13 to 19. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /** One {@code @}, no whitespace, and a domain of at least two non-empty labels. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private AccountRules() {
    }

    public static void checkLogin(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new InvalidAccountException(AccountError.LOGIN_INVALID, login);
        }
    }

    /** Checks the display name and returns it without surrounding whitespace. */
    public static String checkDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new InvalidAccountException(AccountError.NAME_MISSING);
        }
        if (name.length() > DISPLAY_NAME_MAX) {
            throw new InvalidAccountException(AccountError.NAME_TOO_LONG, DISPLAY_NAME_MAX);
        }
        return name;
    }

    public static void checkRole(Role role) {
        if (role == null) {
            throw new InvalidAccountException(AccountError.ROLE_MISSING);
        }
    }

    /**
     * Returns a mainland China mobile number as the 11 digits that are stored, or null for
     * a blank value. Full-width characters count as their ASCII forms; spaces, dashes and a
     * leading {@code +86} or {@code 86} are dropped, so {@code +86 138-1234-5678} becomes
     * {@code 13812345678}.
     */
    public static String normalizeMobile(String mobile) {
        if (mobile == null || mobile.isBlank()) {
            return null;
        }
        String digits = Normalizer.normalize(mobile, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new InvalidAccountException(AccountError.MOBILE_INVALID, mobile.strip());
        }
        return digits;
    }

    /**
     * Returns the e-mail address without surrounding whitespace, or null for a blank value.
     * The check is deliberately loose: it rejects what is clearly not an address and leaves
     * the rest of RFC 5322 to the mail server.
     */
    public static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        if (address.length() > EMAIL_MAX) {
            throw new InvalidAccountException(AccountError.EMAIL_TOO_LONG, EMAIL_MAX);
        }
        if (!EMAIL.matcher(address).matches()) {
            throw new InvalidAccountException(AccountError.EMAIL_INVALID, address);
        }
        return address;
    }

    /**
     * Checks a new password: at least 6 characters, at most 72 bytes in UTF-8 (what bcrypt
     * reads), and not the login itself in any letter case.
     */
    public static void checkPassword(String login, String password) {
        if (password == null || password.length() < PASSWORD_MIN_LENGTH) {
            throw new InvalidAccountException(AccountError.PASSWORD_TOO_SHORT, PASSWORD_MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            throw new InvalidAccountException(AccountError.PASSWORD_TOO_LONG, PASSWORD_MAX_BYTES);
        }
        if (password.equalsIgnoreCase(login)) {
            throw new InvalidAccountException(AccountError.PASSWORD_EQUALS_LOGIN);
        }
    }

    /**
     * Checks the reporting line: a Boss has no superior, a Manager reports to a Boss,
     * and a salesperson reports to a Manager or a Boss.
     */
    public static void checkSuperior(Role role, Role superiorRole) {
        if (!mayReportTo(role, superiorRole)) {
            throw new InvalidAccountException(switch (role) {
                case BOSS -> AccountError.SUPERIOR_NOT_ALLOWED;
                case MANAGER -> AccountError.SUPERIOR_MUST_BE_BOSS;
                case SALES -> AccountError.SUPERIOR_MUST_BE_MANAGER_OR_BOSS;
            });
        }
    }

    /**
     * Checks that an account's subordinates may still report to it after its role changes
     * to {@code newRole}: a Manager with salespeople may become a Boss, but a Manager with
     * subordinates cannot become a salesperson, and a Boss with Managers under them cannot
     * become a Manager. The message counts the subordinates to move first.
     */
    public static void checkSubordinates(Role newRole, Collection<Role> subordinateRoles) {
        long blocking = subordinateRoles.stream().filter(role -> !mayReportTo(role, newRole)).count();
        if (blocking > 0) {
            throw new InvalidAccountException(AccountError.SUBORDINATES_BLOCK_ROLE, blocking, newRole);
        }
    }

    /**
     * Checks a role change against the last-Boss rule: an enabled Boss keeps the role
     * while no other Boss is enabled.
     *
     * @param enabledBosses the enabled Boss accounts, this one included
     */
    public static void checkDemotion(Role currentRole, Role newRole, boolean enabled, long enabledBosses) {
        if (currentRole == Role.BOSS && newRole != Role.BOSS && enabled && enabledBosses <= 1) {
            throw new InvalidAccountException(AccountError.LAST_BOSS_DEMOTED);
        }
    }

    /**
     * Checks that an account may be disabled: not by its own user, and not when it is the
     * last enabled Boss.
     *
     * @param enabledBosses the enabled Boss accounts, the target included when it is one
     */
    public static void checkDisable(long callerId, long targetId, Role targetRole, long enabledBosses) {
        if (callerId == targetId) {
            throw new InvalidAccountException(AccountError.OWN_ACCOUNT_DISABLED);
        }
        if (targetRole == Role.BOSS && enabledBosses <= 1) {
            throw new InvalidAccountException(AccountError.LAST_BOSS_DISABLED);
        }
    }

    /**
     * Checks that one more account may be enabled: the enabled accounts must stay within
     * the licensed seat count.
     *
     * @param enabledAccounts the accounts enabled now, without the one to add or enable
     */
    public static void checkSeatAvailable(long enabledAccounts, int seats) {
        if (enabledAccounts >= seats) {
            throw new InvalidAccountException(AccountError.SEATS_EXHAUSTED, seats, enabledAccounts);
        }
    }

    private static boolean mayReportTo(Role role, Role superiorRole) {
        return switch (role) {
            case BOSS -> superiorRole == null;
            case MANAGER -> superiorRole == Role.BOSS;
            case SALES -> superiorRole == Role.BOSS || superiorRole == Role.MANAGER;
        };
    }
}
