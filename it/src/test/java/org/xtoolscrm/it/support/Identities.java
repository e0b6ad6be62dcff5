package org.xtoolscrm.it.support;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs code in the container as a given account, authenticated by the
 * application's own security domain, so that {@code @RolesAllowed} and the access
 * rules see that account as the caller.
 */
public final class Identities {

    private Identities() {
    }

    public static <T> T as(String login, String password, Callable<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(login, new PasswordGuessEvidence(password.toCharArray()));
        return identity.runAs(work);
    }

    public static void as(String login, String password, Runnable work) throws Exception {
        as(login, password, () -> {
            work.run();
            return null;
        });
    }
}
