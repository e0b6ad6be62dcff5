package org.xtoolscrm.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The rates in force for one computation: the company currency, which converts at 1, and
 * a Boss's rate for each other currency that has one.
 */
public record Rates(String companyCurrency, Map<String, BigDecimal> rates) implements Serializable {

    public Rates {
        rates = Map.copyOf(rates);
    }

    /** Returns whether amounts in the currency can be converted. */
    public boolean converts(String currency) {
        return companyCurrency.equals(currency) || rates.containsKey(currency);
    }

    /**
     * Returns the amount in the company currency, exact (unrounded), or null when the
     * currency has no rate.
     */
    public BigDecimal toCompany(String currency, BigDecimal amount) {
        if (companyCurrency.equals(currency)) {
            return amount;
        }
        BigDecimal rate = rates.get(currency);
        return rate == null ? null : amount.multiply(rate);
    }

    /** Rounds a converted result to the cent, half to even, as every shown total is. */
    public static BigDecimal toCent(BigDecimal exact) {
        return exact.setScale(Money.MAX_DECIMALS, RoundingMode.HALF_EVEN);
    }
}
