package org.xtoolscrm.contract;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Hands out contract numbers from the configured {@link NumberPattern}. The counter row of
 * the number's key is locked until the transaction ends, so two contracts saved at once
 * get different numbers. A number someone typed by hand is skipped.
 */
@Dependent
public class ContractNumbers {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** Returns the next free number for a contract signed on the date. */
    public String next(LocalDate signedOn) {
        NumberPattern pattern = NumberPattern.configured();
        String key = pattern.key(signedOn);
        // Creates the counter when it is missing; a concurrent creation is ignored, and the
        // lock below then waits for it.
        em.createNativeQuery("INSERT IGNORE INTO contract_number_counter (prefix, last_value) VALUES (?1, 0)")
                .setParameter(1, key)
                .executeUpdate();
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_value FROM contract_number_counter WHERE prefix = ?1 FOR UPDATE")
                .setParameter(1, key)
                .getSingleResult();
        int value = last.intValue();
        String number;
        do {
            value++;
            number = pattern.number(signedOn, value);
        } while (isTaken(number));
        em.createNativeQuery("UPDATE contract_number_counter SET last_value = ?1 WHERE prefix = ?2")
                .setParameter(1, value)
                .setParameter(2, key)
                .executeUpdate();
        return number;
    }

    /** Returns whether a contract, live or in the recycle bin, has the number. */
    public boolean isTaken(String number) {
        return em.createQuery("SELECT COUNT(k) FROM Contract k WHERE k.number = :number", Long.class)
                .setParameter("number", number)
                .getSingleResult() > 0;
    }

    /** Returns whether a contract other than the given one has the number. */
    public boolean isTakenByOther(String number, long contractId) {
        return em.createQuery("SELECT COUNT(k) FROM Contract k WHERE k.number = :number AND k.id <> :id",
                        Long.class)
                .setParameter("number", number)
                .setParameter("id", contractId)
                .getSingleResult() > 0;
    }
}
