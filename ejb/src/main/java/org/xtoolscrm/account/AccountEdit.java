package org.xtoolscrm.account;

import java.io.Serializable;

/**
 * What a Boss changes on an existing account. The login stays as it was created, because
 * the change log, the import history and signed-in sessions refer to it.
 *
 * @param version the account's version when the Boss opened it, so that a change made
 *                by someone else in the meantime is detected instead of overwritten
 */
public record AccountEdit(
        long id,
        int version,
        String displayName,
        Role role,
        Long superiorId,
        String mobile,
        String email) implements Serializable {
}
