package org.xtoolscrm.opportunity.detail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xtoolscrm.money.LineArithmetic;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.money.LineItemProblem;
import org.xtoolscrm.money.LineItemRules;
import org.xtoolscrm.money.Money;
import org.xtoolscrm.opportunity.OpportunityRules;

/**
 * The rules a quote's fields and lines follow, and its generated numbers. The rules of a
 * single line are those of {@link LineItemRules}, shared with contracts. They need no
 * database, so the web layer runs them before it calls the service and a user sees
 * every invalid field at once. The service also checks that the number is free.
 */
public final class QuoteRules {

    /** The earliest quote date accepted; it catches typing errors such as 0026 for 2026. */
    public static final LocalDate MIN_DATE = OpportunityRules.MIN_DATE;

    /** A letter or digit, then letters, digits and the separators . _ / # and -. */
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/#-]*");

    private QuoteRules() {
    }

    /**
     * Returns the broken rules of the form, in the order of the dialog's fields, each line's
     * with the line's index. Blank lines are skipped.
     *
     * @param numberRequired false on create, where a blank number stands for the next generated one
     */
    public static List<DetailProblem> problems(QuoteForm form, boolean numberRequired) {
        List<DetailProblem> problems = new ArrayList<>();
        numberProblem(form.getQuoteNumber(), numberRequired, problems);
        dateProblems(form, problems);

        String currency = Money.normalizeCurrency(form.getCurrency());
        boolean currencyValid = Money.isCurrency(currency);
        if (!currencyValid) {
            problems.add(DetailProblem.of(QuoteError.CURRENCY_INVALID, currency));
        }
        String notes = DetailText.block(form.getNotes());
        if (DetailText.length(notes) > Quote.NOTES_MAX) {
            problems.add(DetailProblem.of(QuoteError.NOTES_TOO_LONG, Quote.NOTES_MAX, DetailText.length(notes)));
        }

        long lineCount = form.getLines().stream().filter(line -> !line.isBlank()).count();
        if (lineCount > Quote.LINES_MAX) {
            problems.add(DetailProblem.of(QuoteError.LINES_TOO_MANY, Quote.LINES_MAX, lineCount));
        }
        String priceCurrency = currencyValid ? currency : Money.DEFAULT_CURRENCY;
        List<LineItemProblem> lineProblems = LineItemRules.problems(form.getLines(), priceCurrency);
        lineProblems.forEach(problem -> problems.add(DetailProblem.ofLine(problem.line(),
                QuoteError.of(problem.error()), problem.arguments().toArray())));
        if (lineProblems.isEmpty() && total(form, priceCurrency).compareTo(Money.MAX_AMOUNT) > 0) {
            problems.add(DetailProblem.of(QuoteError.TOTAL_TOO_LARGE, Money.MAX_AMOUNT.toPlainString()));
        }
        return problems;
    }

    /** Returns the number stripped and in upper case, as it is stored, or null when it is blank. */
    public static String cleanNumber(String number) {
        return number == null || number.isBlank() ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    /** Returns the generated number of a deal's n-th quote, such as Q-42-3. */
    public static String generatedNumber(long opportunityId, long n) {
        return generatedPrefix(opportunityId) + n;
    }

    /** Returns the start that every generated number of the deal shares, such as Q-42-. */
    static String generatedPrefix(long opportunityId) {
        return "Q-" + opportunityId + "-";
    }

    /**
     * Returns the next generated number of a deal: n is one more than the deal's quotes so
     * far, and grows past every number already usedNumbers, such as one a user typed by hand.
     *
     * @param quoteCount the deal's quotes so far, those in the recycle bin included
     * @param usedNumbers      the numbers in use that start with the deal's prefix
     */
    static String nextNumber(long opportunityId, long quoteCount, Set<String> usedNumbers) {
        long n = quoteCount + 1;
        while (usedNumbers.contains(generatedNumber(opportunityId, n))) {
            n++;
        }
        return generatedNumber(opportunityId, n);
    }

    /** Returns the total of a checked form's lines, blank ones skipped, in the currency's decimal places. */
    static BigDecimal total(QuoteForm form, String currency) {
        return LineItemRules.total(form.getLines(), currency);
    }

    /**
     * Writes the fields and lines of a checked form to the quote, with every line's total
     * and the quote's total. Lines are updated in place by position, and the quote keeps
     * as many lines as the form has that are not blank.
     *
     * @param number the number the quote gets, already cleaned and checked to be free
     */
    static void apply(QuoteForm form, String number, Quote quote) {
        String currency = Money.normalizeCurrency(form.getCurrency());
        int decimals = Money.decimalsOf(currency);
        quote.setQuoteNumber(number);
        quote.setQuoteDate(form.getQuoteDate());
        quote.setValidUntil(form.getValidUntil());
        quote.setCurrency(currency);
        quote.setNotes(DetailText.block(form.getNotes()));

        int storedLines = 0;
        for (LineItemForm line : form.getLines()) {
            if (line.isBlank()) {
                continue;
            }
            LineArithmetic.Line amounts = LineItemRules.amountsOf(line);
            quote.lineAt(storedLines).set(LineItemRules.cleanProduct(line.getProduct()), amounts.quantity(),
                    amounts.unitPrice(), amounts.discountPercent(), LineArithmetic.lineTotal(amounts, decimals));
            storedLines++;
        }
        quote.truncateLines(storedLines);
        quote.setTotal(total(form, currency));
        quote.touch();
    }

    private static void numberProblem(String number, boolean required, List<DetailProblem> problems) {
        String clean = cleanNumber(number);
        if (clean == null) {
            if (required) {
                problems.add(DetailProblem.of(QuoteError.NUMBER_MISSING));
            }
        } else if (DetailText.length(clean) > Quote.NUMBER_MAX) {
            problems.add(DetailProblem.of(QuoteError.NUMBER_TOO_LONG, Quote.NUMBER_MAX, DetailText.length(clean)));
        } else if (!NUMBER.matcher(clean).matches()) {
            problems.add(DetailProblem.of(QuoteError.NUMBER_INVALID, clean));
        }
    }

    private static void dateProblems(QuoteForm form, List<DetailProblem> problems) {
        LocalDate date = form.getQuoteDate();
        if (date == null) {
            problems.add(DetailProblem.of(QuoteError.DATE_MISSING));
        } else if (date.isBefore(MIN_DATE)) {
            problems.add(DetailProblem.of(QuoteError.DATE_TOO_EARLY, MIN_DATE.toString()));
        }
        LocalDate validUntil = form.getValidUntil();
        if (date != null && validUntil != null && validUntil.isBefore(date)) {
            problems.add(DetailProblem.of(QuoteError.VALID_UNTIL_BEFORE_DATE, date.toString()));
        }
    }
}
