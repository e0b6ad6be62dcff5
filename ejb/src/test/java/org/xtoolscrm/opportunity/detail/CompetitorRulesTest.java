package org.xtoolscrm.opportunity.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Competitor rules")
class CompetitorRulesTest {

    @Test
    @DisplayName("Name is required and at most 200 characters")
    void name() {
        assertEquals(List.of(DetailProblem.of(CompetitorError.NAME_MISSING)),
                CompetitorRules.problems(form(null, null, null)));
        assertEquals(List.of(), CompetitorRules.problems(form("竞".repeat(200), null, null)));
        assertEquals(List.of(DetailProblem.of(CompetitorError.NAME_TOO_LONG, 200, 201)),
                CompetitorRules.problems(form("竞".repeat(201), null, null)));
    }

    @Test
    @DisplayName("Strengths and weaknesses hold at most 2000 characters each")
    void strengthsAndWeaknesses() {
        CompetitorForm longest = form("Acme", null, null);
        longest.setStrengths("s".repeat(2000));
        longest.setWeaknesses("w".repeat(2000));
        CompetitorForm tooLong = form("Acme", null, null);
        tooLong.setStrengths("s".repeat(2001));
        tooLong.setWeaknesses("w".repeat(2002));

        assertEquals(List.of(), CompetitorRules.problems(longest));
        assertEquals(List.of(DetailProblem.of(CompetitorError.STRENGTHS_TOO_LONG, 2000, 2001),
                DetailProblem.of(CompetitorError.WEAKNESSES_TOO_LONG, 2000, 2002)), CompetitorRules.problems(tooLong));
    }

    @Test
    @DisplayName("Without a price the currency is not checked")
    void noPrice() {
        assertEquals(List.of(), CompetitorRules.problems(form("Acme", null, "not a currency")));
    }

    @Test
    @DisplayName("Price follows the money rules of its currency")
    void price() {
        assertEquals(List.of(), CompetitorRules.problems(form("Acme", "0", "CNY")));
        assertEquals(List.of(), CompetitorRules.problems(form("Acme", "1999.5", " usd")));
        assertEquals(List.of(DetailProblem.of(CompetitorError.PRICE_NEGATIVE)),
                CompetitorRules.problems(form("Acme", "-1", "CNY")));
        assertEquals(List.of(DetailProblem.of(CompetitorError.PRICE_TOO_PRECISE, "CNY", 2)),
                CompetitorRules.problems(form("Acme", "1.234", "CNY")));
        assertEquals(List.of(DetailProblem.of(CompetitorError.PRICE_TOO_PRECISE, "JPY", 0)),
                CompetitorRules.problems(form("Acme", "1.5", "JPY")));
        assertEquals(List.of(DetailProblem.of(CompetitorError.PRICE_TOO_LARGE, "99999999999999999.99")),
                CompetitorRules.problems(form("Acme", "100000000000000000", "CNY")));
        assertEquals(List.of(DetailProblem.of(CompetitorError.CURRENCY_INVALID, "EURO")),
                CompetitorRules.problems(form("Acme", "10", "euro")));
    }

    @Test
    @DisplayName("Applying stores the currency only with a price")
    void applyCurrency() {
        Competitor competitor = new Competitor();

        CompetitorRules.apply(form(" Acme  Corp ", "1999.5", "usd"), competitor);

        assertEquals("Acme Corp", competitor.getName());
        assertEquals(new BigDecimal("1999.50"), competitor.getPrice());
        assertEquals("USD", competitor.getCurrency());

        CompetitorRules.apply(form("Acme Corp", null, "USD"), competitor);

        assertNull(competitor.getPrice());
        assertNull(competitor.getCurrency());
    }

    @Test
    @DisplayName("Blank currency with a price means CNY")
    void blankCurrencyIsCny() {
        Competitor competitor = new Competitor();

        CompetitorRules.apply(form("Acme", "10", " "), competitor);

        assertEquals("CNY", competitor.getCurrency());
    }

    private static CompetitorForm form(String name, String price, String currency) {
        CompetitorForm form = new CompetitorForm();
        form.setName(name);
        form.setPrice(price == null ? null : new BigDecimal(price));
        form.setCurrency(currency);
        return form;
    }
}
