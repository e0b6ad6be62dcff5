package org.xtoolscrm.opportunity.detail;

import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.money.Money;

/**
 * The rules a competitor's fields follow. They need no database, so the web layer runs
 * them before it calls the service and a user sees every invalid field at once. The price
 * is optional; when it is given, it follows the rules of {@link Money} in its currency.
 */
public final class CompetitorRules {

    private CompetitorRules() {
    }

    /** Returns the broken rules of the form, in the order of the dialog's fields. */
    public static List<DetailProblem> problems(CompetitorForm form) {
        List<DetailProblem> problems = new ArrayList<>();
        String name = DetailText.line(form.getName());
        if (name == null) {
            problems.add(DetailProblem.of(CompetitorError.NAME_MISSING));
        } else if (DetailText.length(name) > Competitor.NAME_MAX) {
            problems.add(DetailProblem.of(CompetitorError.NAME_TOO_LONG, Competitor.NAME_MAX, DetailText.length(name)));
        }
        String strengths = DetailText.block(form.getStrengths());
        if (DetailText.length(strengths) > Competitor.STRENGTHS_MAX) {
            problems.add(DetailProblem.of(CompetitorError.STRENGTHS_TOO_LONG, Competitor.STRENGTHS_MAX,
                    DetailText.length(strengths)));
        }
        String weaknesses = DetailText.block(form.getWeaknesses());
        if (DetailText.length(weaknesses) > Competitor.WEAKNESSES_MAX) {
            problems.add(DetailProblem.of(CompetitorError.WEAKNESSES_TOO_LONG, Competitor.WEAKNESSES_MAX,
                    DetailText.length(weaknesses)));
        }
        if (form.getPrice() != null) {
            String currency = Money.normalizeCurrency(form.getCurrency());
            boolean currencyValid = Money.isCurrency(currency);
            addPriceProblem(problems, currencyValid ? currency : Money.DEFAULT_CURRENCY, form);
            if (!currencyValid) {
                problems.add(DetailProblem.of(CompetitorError.CURRENCY_INVALID, currency));
            }
        }
        return problems;
    }

    /** Writes the fields of a checked form to the competitor, cleaned as {@link DetailText} does. */
    static void apply(CompetitorForm form, Competitor competitor) {
        competitor.setName(DetailText.line(form.getName()));
        competitor.setStrengths(DetailText.block(form.getStrengths()));
        competitor.setWeaknesses(DetailText.block(form.getWeaknesses()));
        competitor.setPrice(form.getPrice() == null ? null : form.getPrice().setScale(Money.MAX_DECIMALS),
                Money.normalizeCurrency(form.getCurrency()));
    }

    private static void addPriceProblem(List<DetailProblem> problems, String currency, CompetitorForm form) {
        Money.AmountProblem problem = Money.check(form.getPrice(), currency, true);
        if (problem == null) {
            return;
        }
        problems.add(switch (problem) {
            case MISSING, NEGATIVE, NOT_POSITIVE -> DetailProblem.of(CompetitorError.PRICE_NEGATIVE);
            case TOO_PRECISE -> DetailProblem.of(CompetitorError.PRICE_TOO_PRECISE, currency, Money.decimalsOf(currency));
            case TOO_LARGE -> DetailProblem.of(CompetitorError.PRICE_TOO_LARGE, Money.MAX_AMOUNT.toPlainString());
        });
    }
}
