package org.xtoolscrm.money;

import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The currency the company reports in: the system property {@code crm.currency}, else the
 * environment variable {@code CRM_CURRENCY}, else CNY. The funnel, the forecast and the
 * totals convert other currencies into it at the rates a Boss keeps.
 */
public final class CompanyCurrency {

    private static final Logger LOG = Logger.getLogger(CompanyCurrency.class.getName());

    private static final class Current {
        private static final String VALUE = codeFrom(System::getProperty, System::getenv);
    }

    private CompanyCurrency() {
    }

    /** Returns the configured company currency, read once at first use. */
    public static String code() {
        return Current.VALUE;
    }

    /**
     * Reads the code from the system property, then the environment variable. A value that
     * is not an ISO 4217 code logs a warning, and CNY applies.
     */
    static String codeFrom(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String configured = properties.apply("crm.currency");
        if (configured == null || configured.isBlank()) {
            configured = environment.apply("CRM_CURRENCY");
        }
        if (configured == null || configured.isBlank()) {
            return Money.DEFAULT_CURRENCY;
        }
        String code = Money.normalizeCurrency(configured);
        if (!Money.isCurrency(code)) {
            LOG.warning(() -> "crm.currency '" + code + "' is not an ISO 4217 currency code such as CNY; using "
                    + Money.DEFAULT_CURRENCY);
            return Money.DEFAULT_CURRENCY;
        }
        return code;
    }
}
