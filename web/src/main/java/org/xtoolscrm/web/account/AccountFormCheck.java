package org.xtoolscrm.web.account;

import org.xtoolscrm.account.AccountRules;
import org.xtoolscrm.account.InvalidAccountException;

/**
 * Runs the field rules of {@link AccountRules} on the account dialog one by one, so that the
 * dialog marks every invalid field at once. The service checks the same rules again, plus
 * those that need the database (login taken, superior, seats).
 */
final class AccountFormCheck {

    private AccountFormCheck() {
    }

    /** Adds a message to every invalid field and returns whether all fields are valid. */
    static boolean check(AccountForm form, String formId) {
        boolean valid = true;
        if (form.isNewAccount()) {
            valid &= passes(() -> AccountRules.checkLogin(form.toNewAccount().login()), formId);
            valid &= passes(() -> AccountRules.checkPassword(form.toNewAccount().login(), form.getPassword()), formId);
        }
        valid &= passes(() -> AccountRules.checkDisplayName(form.getDisplayName()), formId);
        valid &= passes(() -> AccountRules.checkRole(form.getRole()), formId);
        valid &= passes(() -> AccountRules.normalizeMobile(form.getMobile()), formId);
        valid &= passes(() -> AccountRules.normalizeEmail(form.getEmail()), formId);
        return valid;
    }

    private static boolean passes(Runnable rule, String formId) {
        try {
            rule.run();
            return true;
        } catch (InvalidAccountException e) {
            AccountErrors.show(e, formId);
            return false;
        }
    }
}
