package org.xtoolscrm.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Currency conversion")
class RatesTest {

    private static final Rates RATES = new Rates("CNY", Map.of("HKD", new BigDecimal("0.100000"),
            "USD", new BigDecimal("7.123456")));

    @ParameterizedTest
    @CsvSource({"0.125, 0.12", "0.135, 0.14", "0.145, 0.14", "-0.125, -0.12", "2.5049, 2.50", "2.505, 2.50"})
    void roundsHalfToEvenToTheCent(String exact, String cent) {
        assertEquals(new BigDecimal(cent), Rates.toCent(new BigDecimal(exact)));
    }

    @Test
    void companyCurrencyConvertsAtOne() {
        assertEquals(new BigDecimal("12.34"), RATES.toCompany("CNY", new BigDecimal("12.34")));
    }

    @Test
    void missingRateConvertsToNothing() {
        assertNull(RATES.toCompany("EUR", BigDecimal.TEN));
    }

    @Test
    void sumStaysExactUntilRead() {
        // 1.25 HKD and 1.25 HKD are 0.125 CNY each: 0.25 in all, where rounding each first would give 0.24
        ConvertedSum sum = new ConvertedSum(RATES)
                .add("HKD", new BigDecimal("1.25"))
                .add("HKD", new BigDecimal("1.25"));

        assertEquals(new BigDecimal("0.25"), sum.rounded());
    }

    @Test
    void sumWithFactorAndUnconvertedCurrency() {
        ConvertedSum sum = new ConvertedSum(RATES)
                .add("USD", new BigDecimal("10000.00"), new BigDecimal("0.7"))
                .add("EUR", new BigDecimal("100.00"))
                .add("CNY", new BigDecimal("0.01"));

        // 10,000 x 7.123456 x 0.7 = 49,864.192, plus 0.01
        assertEquals(new BigDecimal("49864.20"), sum.rounded());
        assertEquals(Set.of("EUR"), sum.unconverted());
        assertTrue(RATES.converts("USD"));
    }
}
