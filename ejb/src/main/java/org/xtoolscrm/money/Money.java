package org.xtoolscrm.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules every amount of money in the product follows: a currency that is an ISO 4217
 * code, and an amount that fits a {@code DECIMAL(19,2)} column with no more decimal places
 * than its currency has. Expenses, opportunities, quotes and contracts check their amounts
 * here.
 */
public final class Money {

    public static final String DEFAULT_CURRENCY = "CNY";

    /** Decimal places an amount may have at most, the scale of its DECIMAL(19,2) column. */
    public static final int MAX_DECIMALS = 2;

    /** The largest amount a DECIMAL(19,2) column holds. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    /** The rule an invalid amount breaks. */
    public enum AmountProblem {
        MISSING,
        /** Zero where only a positive amount makes sense, or a negative amount. */
        NOT_POSITIVE,
        NEGATIVE,
        /** More decimal places than the currency has. */
        TOO_PRECISE,
        TOO_LARGE
    }

    private Money() {
    }

    /** Returns the currency code stripped and in upper case, or {@link #DEFAULT_CURRENCY} when it is blank. */
    public static String normalizeCurrency(String currency) {
        return currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency.strip().toUpperCase(Locale.ROOT);
    }

    /** Returns whether the code, after {@link #normalizeCurrency}, is an ISO 4217 currency code. */
    public static boolean isCurrency(String code) {
        return code != null && CURRENCY_CODE.matcher(code).matches() && ISO_CODES.contains(code);
    }

    /**
     * Returns how many decimal places amounts in the currency may have: the currency's
     * minor unit, but at most {@link #MAX_DECIMALS}. Currencies without a minor unit in
     * ISO 4217, such as gold (XAU), get {@link #MAX_DECIMALS}.
     */
    public static int decimalsOf(String currency) {
        if (!isCurrency(currency)) {
            return MAX_DECIMALS;
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return digits < 0 ? MAX_DECIMALS : Math.min(digits, MAX_DECIMALS);
    }

    /**
     * Checks an amount in a valid currency: present, greater than zero (or not negative when
     * zero is allowed), no more decimal places than the currency has, and within the column.
     *
     * @return the problem, or null when the amount is valid
     */
    public static AmountProblem check(BigDecimal amount, String currency, boolean zeroAllowed) {
        if (amount == null) {
            return AmountProblem.MISSING;
        }
        if (amount.signum() < 0) {
            return zeroAllowed ? AmountProblem.NEGATIVE : AmountProblem.NOT_POSITIVE;
        }
        if (amount.signum() == 0 && !zeroAllowed) {
            return AmountProblem.NOT_POSITIVE;
        }
        if (amount.stripTrailingZeros().scale() > decimalsOf(currency)) {
            return AmountProblem.TOO_PRECISE;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return AmountProblem.TOO_LARGE;
        }
        return null;
    }
}
