package org.xtoolscrm.account;

import jakarta.persistence.EntityManager;

/**
 * Counts enabled accounts for the seat and last-Boss rules. Each count locks the rows it
 * counts ({@code SELECT ... FOR UPDATE}) until the transaction ends, so two Bosses who
 * enable or disable accounts at the same moment are checked one after the other. The
 * second count waits until the first transaction ends and then includes its change.
 */
final class EnabledAccounts {

    private EnabledAccounts() {
    }

    static long lockAll(EntityManager em) {
        return em.createNativeQuery("SELECT id FROM app_user WHERE enabled = TRUE FOR UPDATE")
                .getResultList()
                .size();
    }

    static long lockBosses(EntityManager em) {
        return em.createNativeQuery("SELECT id FROM app_user WHERE enabled = TRUE AND role = 'BOSS' FOR UPDATE")
                .getResultList()
                .size();
    }
}
