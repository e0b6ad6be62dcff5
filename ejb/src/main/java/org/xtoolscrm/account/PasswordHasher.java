package org.xtoolscrm.account;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords with bcrypt through Elytron, in the modular crypt form
 * ({@code $2a$10$...}) that the server's JDBC realm verifies at login.
 */
public final class PasswordHasher {

    /** The bcrypt cost: 2^10 rounds, about 60 ms on one core. */
    private static final int COST = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);

        try {
            PasswordFactory factory = bcrypt();
            var spec = new EncryptablePasswordSpec(password.toCharArray(),
                    new IteratedSaltedPasswordAlgorithmSpec(COST, salt));
            return ModularCrypt.encodeAsString(factory.generatePassword(spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }

    /**
     * Returns whether the password matches a stored hash in modular crypt form, verified
     * the way the JDBC realm verifies it at login. A hash that cannot be decoded matches nothing.
     */
    public static boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        try {
            PasswordFactory factory = bcrypt();
            Password stored = factory.translate(ModularCrypt.decode(storedHash));
            return factory.verify(stored, password.toCharArray());
        } catch (InvalidKeySpecException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }

    private static PasswordFactory bcrypt() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, new WildFlyElytronPasswordProvider());
    }
}
