package org.xtoolscrm.money;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.ChangeLog;

/**
 * The exchange rates a Boss keeps in the settings. Everyone's funnel and forecast read
 * them; only a Boss sets or removes one, and each change writes the change log.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class CurrencyRateService {

    private static final Logger LOG = Logger.getLogger(CurrencyRateService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Principal caller;

    /** Returns the rates in force now, for converting amounts into the company currency. */
    public Rates current() {
        Map<String, BigDecimal> rates = new HashMap<>();
        list().forEach(rate -> rates.put(rate.getCurrency(), rate.getRate()));
        return new Rates(CompanyCurrency.code(), rates);
    }

    /** Returns every rate, by currency code. */
    public List<CurrencyRate> list() {
        return em.createQuery("SELECT r FROM CurrencyRate r ORDER BY r.currency", CurrencyRate.class)
                .getResultList();
    }

    /**
     * Sets the rate of a currency, creating it when the currency has none.
     *
     * @param version the version the Boss's page loaded, or null for a new currency
     * @throws InvalidRateException when the currency or the rate breaks a rule, or the rate changed since
     */
    @RolesAllowed(Role.BOSS_NAME)
    public CurrencyRate save(String currency, BigDecimal rate, Integer version) {
        String code = Money.normalizeCurrency(currency);
        InvalidRateException problem = RateRules.problem(code, rate, CompanyCurrency.code());
        if (problem != null) {
            throw problem;
        }
        CurrencyRate existing = find(code);
        if (existing == null) {
            CurrencyRate created = new CurrencyRate(code);
            created.set(rate, caller.getName());
            em.persist(created);
            flush();
            changeLog.created(created);
            LOG.info(() -> "Rate of " + code + " set to " + rate.toPlainString() + " by " + caller.getName());
            return created;
        }
        if (version != null && existing.getVersion() != version) {
            throw new InvalidRateException(RateError.STALE_EDIT);
        }
        Map<String, Object> before = ChangeLog.snapshot(existing);
        existing.set(rate, caller.getName());
        flush();
        changeLog.updated(existing, before);
        LOG.info(() -> "Rate of " + code + " changed to " + rate.toPlainString() + " by " + caller.getName());
        return existing;
    }

    /**
     * Removes the rate of a currency; its amounts are then left out of converted totals.
     *
     * @throws RecordNotFoundException when the currency has no rate
     */
    @RolesAllowed(Role.BOSS_NAME)
    public void remove(String currency) {
        CurrencyRate existing = find(Money.normalizeCurrency(currency));
        if (existing == null) {
            throw new RecordNotFoundException(CurrencyRate.AUDIT_TYPE, currency);
        }
        changeLog.deleted(existing);
        em.remove(existing);
        flush();
        LOG.info(() -> "Rate of " + existing.getCurrency() + " removed by " + caller.getName());
    }

    private CurrencyRate find(String code) {
        return em.createQuery("SELECT r FROM CurrencyRate r WHERE r.currency = :code", CurrencyRate.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new InvalidRateException(RateError.STALE_EDIT);
        }
    }
}
