package org.xtoolscrm.contract;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern new contract numbers follow, such as {@code HT{yyyy}{MM}-{seq:4}}. The
 * placeholders {@code {yyyy}}, {@code {yy}}, {@code {MM}} and {@code {dd}} take the
 * signing date; {@code {seq:N}} takes a counter padded to N digits (1 to 9), which starts
 * again at 1 whenever the rest of the number changes. So {@code {yyyy}{MM}} numbers each
 * month from 1, and a pattern without a date counts on for good.
 *
 * <p>The pattern comes from the system property {@code crm.contract.number-pattern}, else
 * the environment variable {@code CRM_CONTRACT_NUMBER_PATTERN}, else {@link #DEFAULT}.
 */
public final class NumberPattern {

    public static final String DEFAULT = "HT{yyyy}{MM}-{seq:4}";

    private static final Logger LOG = Logger.getLogger(NumberPattern.class.getName());

    private static final Pattern SEQUENCE = Pattern.compile("\\{seq(?::([1-9]))?}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    /** The characters allowed around the placeholders: those a number allows. */
    private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{N}._/#-]*");
    /** The digits {yyyy} takes. */
    private static final int YEAR_DIGITS = 4;

    private final String pattern;
    private final int digits;

    private NumberPattern(String pattern, int digits) {
        this.pattern = pattern;
        this.digits = digits;
    }

    private static final class Configured {
        private static final NumberPattern VALUE = from(System::getProperty, System::getenv);
    }

    /** Returns the configured pattern, read once at first use. */
    public static NumberPattern configured() {
        return Configured.VALUE;
    }

    /**
     * Reads the pattern from the system property, then the environment variable. A pattern
     * that does not parse logs a warning, and the default applies.
     */
    static NumberPattern from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String text = properties.apply("crm.contract.number-pattern");
        if (text == null || text.isBlank()) {
            text = environment.apply("CRM_CONTRACT_NUMBER_PATTERN");
        }
        if (text == null || text.isBlank()) {
            return parse(DEFAULT);
        }
        try {
            return parse(text.strip());
        } catch (IllegalArgumentException e) {
            String rejected = text.strip();
            LOG.warning(() -> "crm.contract.number-pattern '" + rejected + "' is not usable (" + e.getMessage()
                    + "); using " + DEFAULT);
            return parse(DEFAULT);
        }
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException when it has no {@code {seq}} or more than one, an unknown
     *                                  placeholder, a character a number may not hold, or numbers
     *                                  longer than {@link Contract#NUMBER_MAX}
     */
    public static NumberPattern parse(String pattern) {
        Matcher sequence = SEQUENCE.matcher(pattern);
        if (!sequence.find()) {
            throw new IllegalArgumentException("the pattern needs one {seq} or {seq:N}");
        }
        int digits = sequence.group(1) == null ? 4 : Integer.parseInt(sequence.group(1));
        if (sequence.find()) {
            throw new IllegalArgumentException("the pattern may hold {seq} only once");
        }
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int length = 0;
        int literalStart = 0;
        while (placeholder.find()) {
            String token = placeholder.group();
            length += checkedLiteral(pattern.substring(literalStart, placeholder.start()));
            literalStart = placeholder.end();
            length += switch (token) {
                case "{yyyy}" -> YEAR_DIGITS;
                case "{yy}", "{MM}", "{dd}" -> 2;
                default -> {
                    if (!SEQUENCE.matcher(token).matches()) {
                        throw new IllegalArgumentException("unknown placeholder " + token);
                    }
                    yield digits;
                }
            };
        }
        length += checkedLiteral(pattern.substring(literalStart));
        if (length > Contract.NUMBER_MAX) {
            throw new IllegalArgumentException("numbers would be longer than " + Contract.NUMBER_MAX + " characters");
        }
        if (!pattern.startsWith("{") && !Character.isLetterOrDigit(pattern.charAt(0))) {
            throw new IllegalArgumentException("a number must start with a letter or a digit");
        }
        return new NumberPattern(pattern, digits);
    }

    private static int checkedLiteral(String literal) {
        if (!LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("'" + literal + "' contains a character that is invalid in a number");
        }
        return literal.length();
    }

    /**
     * Returns the number without its counter, which names the counter: numbers with the same
     * key share one sequence.
     */
    public String key(LocalDate date) {
        return SEQUENCE.matcher(dated(date)).replaceFirst("#");
    }

    /** Returns the number for the date and the counter value, padded to the pattern's width. */
    public String number(LocalDate date, int value) {
        String counter = String.format("%0" + digits + "d", value);
        return SEQUENCE.matcher(dated(date)).replaceFirst(counter);
    }

    private String dated(LocalDate date) {
        return pattern.replace("{yyyy}", String.format("%04d", date.getYear()))
                .replace("{yy}", String.format("%02d", date.getYear() % 100))
                .replace("{MM}", String.format("%02d", date.getMonthValue()))
                .replace("{dd}", String.format("%02d", date.getDayOfMonth()));
    }

    @Override
    public String toString() {
        return pattern;
    }
}
