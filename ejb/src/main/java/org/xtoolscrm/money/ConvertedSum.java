package org.xtoolscrm.money;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sums amounts in several currencies into the company currency. The sum stays exact
 * while it grows and is rounded once, to the cent, when read. Amounts in a currency
 * without a rate are left out and their currency is reported.
 */
public final class ConvertedSum {

    private final Rates rates;
    private BigDecimal exact = BigDecimal.ZERO;
    private final Set<String> unconverted = new TreeSet<>();

    public ConvertedSum(Rates rates) {
        this.rates = rates;
    }

    /** Adds an amount, multiplied by a factor such as a win probability of 0.7. */
    public ConvertedSum add(String currency, BigDecimal amount, BigDecimal factor) {
        if (amount == null) {
            return this;
        }
        BigDecimal converted = rates.toCompany(currency, amount);
        if (converted == null) {
            unconverted.add(currency);
        } else {
            exact = exact.add(converted.multiply(factor));
        }
        return this;
    }

    public ConvertedSum add(String currency, BigDecimal amount) {
        return add(currency, amount, BigDecimal.ONE);
    }

    /** Returns the sum before rounding, for further arithmetic such as a share. */
    public BigDecimal exact() {
        return exact;
    }

    /** Returns the sum in the company currency, rounded half to even to the cent. */
    public BigDecimal rounded() {
        return Rates.toCent(exact);
    }

    /** Returns the currencies whose amounts were left out for want of a rate. */
    public Set<String> unconverted() {
        return Set.copyOf(unconverted);
    }
}
