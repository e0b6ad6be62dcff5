package org.xtoolscrm.account;

import java.io.Serializable;

/** The fields a Boss enters to create an account. */
public record NewAccount(
        String login,
        String displayName,
        Role role,
        Long superiorId,
        String password,
        String mobile,
        String email) implements Serializable {
}
