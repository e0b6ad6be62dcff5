package org.xtoolscrm.money;

/** The reason a currency rate was rejected; the web layer shows {@code RateError.<NAME>}. */
public enum RateError {
    /** Argument: the code as given. */
    CURRENCY_INVALID,
    /** The company currency converts at 1 and takes no rate. Argument: the code. */
    COMPANY_CURRENCY,
    RATE_MISSING,
    RATE_NOT_POSITIVE,
    /** Argument: the decimal places allowed. */
    RATE_TOO_PRECISE,
    /** Argument: the largest rate. */
    RATE_TOO_LARGE,
    /** Someone changed the rate since the page was loaded. */
    STALE_EDIT
}
