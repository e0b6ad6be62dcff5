package org.xtoolscrm.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Currency rate rules")
class RateRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"7.123456", "0.000001", "1", "9999999999999.999999", "7.1234560"})
    void rateAccepted(String rate) {
        assertNull(RateRules.problem("USD", new BigDecimal(rate), "CNY"));
    }

    @ParameterizedTest
    @CsvSource({"0, RATE_NOT_POSITIVE", "-1, RATE_NOT_POSITIVE", "7.1234567, RATE_TOO_PRECISE",
            "10000000000000, RATE_TOO_LARGE"})
    void rateRejected(String rate, RateError error) {
        assertEquals(error, RateRules.problem("USD", new BigDecimal(rate), "CNY").getError());
    }

    @Test
    void rateMissing() {
        assertEquals(RateError.RATE_MISSING, RateRules.problem("USD", null, "CNY").getError());
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "XYZ", "usd", "12A"})
    void currencyMustBeIsoCode(String code) {
        assertEquals(RateError.CURRENCY_INVALID, RateRules.problem(code, BigDecimal.ONE, "CNY").getError());
    }

    @Test
    void companyCurrencyTakesNoRate() {
        assertEquals(RateError.COMPANY_CURRENCY, RateRules.problem("CNY", BigDecimal.ONE, "CNY").getError());
    }

    @Test
    void companyCurrencyFromPropertyThenEnvironment() {
        assertEquals("USD", CompanyCurrency.codeFrom(name -> " usd ", name -> "EUR"));
        assertEquals("EUR", CompanyCurrency.codeFrom(name -> null, name -> "EUR"));
        assertEquals("CNY", CompanyCurrency.codeFrom(name -> null, name -> null));
        assertEquals("CNY", CompanyCurrency.codeFrom(name -> "dollars", name -> null));
    }
}
