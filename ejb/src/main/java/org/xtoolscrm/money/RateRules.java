package org.xtoolscrm.money;

import java.math.BigDecimal;

/** The rules a currency rate follows, checked by the service and first by the settings page. */
public final class RateRules {

    /** Decimal places a rate keeps, the scale of its DECIMAL(19,6) column. */
    public static final int DECIMALS = 6;

    /** The largest rate the column holds. */
    public static final BigDecimal MAX_RATE = new BigDecimal("9999999999999.999999");

    private RateRules() {
    }

    /**
     * Checks a currency and its rate against the company currency.
     *
     * @param currency the code after {@link Money#normalizeCurrency}
     * @return the broken rule, or null when both are valid
     */
    public static InvalidRateException problem(String currency, BigDecimal rate, String companyCurrency) {
        if (!Money.isCurrency(currency)) {
            return new InvalidRateException(RateError.CURRENCY_INVALID, currency);
        }
        if (currency.equals(companyCurrency)) {
            return new InvalidRateException(RateError.COMPANY_CURRENCY, currency);
        }
        if (rate == null) {
            return new InvalidRateException(RateError.RATE_MISSING);
        }
        if (rate.signum() <= 0) {
            return new InvalidRateException(RateError.RATE_NOT_POSITIVE);
        }
        if (rate.stripTrailingZeros().scale() > DECIMALS) {
            return new InvalidRateException(RateError.RATE_TOO_PRECISE, DECIMALS);
        }
        if (rate.compareTo(MAX_RATE) > 0) {
            return new InvalidRateException(RateError.RATE_TOO_LARGE, MAX_RATE.toPlainString());
        }
        return null;
    }
}
