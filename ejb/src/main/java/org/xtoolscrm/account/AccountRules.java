package org.xtoolscrm.account;

import java.util.regex.Pattern;

/** The rules an account must follow, checked before it is stored. */
public final class AccountRules {

    public static final int PASSWORD_MIN_LENGTH = 6;

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    private AccountRules() {
    }

    public static void checkLogin(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new InvalidAccountException("login", "Login '" + login + "' is invalid: use 2 to 64 "
                    + "letters, digits, dots, dashes or underscores, starting with a letter or digit.");
        }
    }

    /** Checks a new password: at least 6 characters and not the login itself. */
    public static void checkPassword(String login, String password) {
        if (password == null || password.length() < PASSWORD_MIN_LENGTH) {
            throw new InvalidAccountException("password",
                    "The password is too short: use at least " + PASSWORD_MIN_LENGTH + " characters.");
        }
        if (password.equalsIgnoreCase(login)) {
            throw new InvalidAccountException("password",
                    "The password must not be the same as the login.");
        }
    }

    /**
     * Checks the reporting line: a Boss has no superior, a Manager reports to a Boss,
     * and a salesperson reports to a Manager or a Boss.
     */
    public static void checkSuperior(Role role, Role superiorRole) {
        boolean valid = switch (role) {
            case BOSS -> superiorRole == null;
            case MANAGER -> superiorRole == Role.BOSS;
            case SALES -> superiorRole == Role.BOSS || superiorRole == Role.MANAGER;
        };
        if (!valid) {
            throw new InvalidAccountException("superior", switch (role) {
                case BOSS -> "A Boss has no superior.";
                case MANAGER -> "A Manager must report to a Boss.";
                case SALES -> "A salesperson must report to a Manager or a Boss.";
            });
        }
    }
}
