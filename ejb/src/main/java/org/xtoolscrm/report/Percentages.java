package org.xtoolscrm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as reports show them: one decimal, half to even. */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** Returns part in percent of whole, or null when the whole is zero. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** Returns a probability in percent as a factor, such as 0.7 for 70. */
    static BigDecimal factor(int percent) {
        return BigDecimal.valueOf(percent).movePointLeft(2);
    }
}
