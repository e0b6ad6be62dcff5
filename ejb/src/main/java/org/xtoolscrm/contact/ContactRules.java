package org.xtoolscrm.contact;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a contact's fields must follow, checked before it is stored. All fields are
 * checked together, so one {@link InvalidContactException} lists every broken rule.
 */
public final class ContactRules {

    public static final int NAME_MAX = 100;
    public static final int TITLE_MAX = 100;
    public static final int DEPARTMENT_MAX = 100;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 200;
    public static final int NOTES_MAX = 2000;

    /** The earliest birthday accepted; an earlier one is a typing error. */
    public static final LocalDate BIRTHDAY_MIN = LocalDate.of(1900, 1, 1);

    /** The minimum number of digits in a phone or mobile number, enough for a short internal number. */
    static final int PHONE_DIGITS_MIN = 5;

    /**
     * A phone number as people write it: digits, spaces and {@code + - . ( ) /}, then an
     * optional extension (x, ext, ext. or 转, then digits), such as {@code 0755-82080387 转 8001}.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<number>[0-9 +().\\-/]+)(?:(?:x|ext\\.?|转) *[0-9]+)?", Pattern.CASE_INSENSITIVE);

    /** A mobile number: the characters of a phone number, without an extension. */
    private static final Pattern MOBILE = Pattern.compile("(?<number>[0-9 +().\\-/]+)");

    /** One {@code @}, no whitespace, and a domain of at least two non-empty labels. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private static final Pattern WHITESPACE = Pattern.compile("\\p{javaWhitespace}+");

    private ContactRules() {
    }

    /**
     * Checks every field and returns the cleaned values: trimmed, runs of spaces in one-line
     * fields collapsed to one, blank values as null, full-width digits and signs in numbers and
     * e-mail addresses turned into their ASCII forms.
     *
     * @param today the date today in the company's time zone; a birthday may not be after it
     * @throws InvalidContactException listing every broken rule
     */
    public static ContactValues check(ContactForm form, LocalDate today) {
        List<ContactProblem> problems = new ArrayList<>();

        String name = oneLine(form.getName());
        if (name == null) {
            problems.add(ContactProblem.of(ContactError.NAME_MISSING));
        } else if (name.length() > NAME_MAX) {
            problems.add(ContactProblem.of(ContactError.NAME_TOO_LONG, NAME_MAX));
        }
        String title = oneLine(form.getTitle());
        if (title != null && title.length() > TITLE_MAX) {
            problems.add(ContactProblem.of(ContactError.TITLE_TOO_LONG, TITLE_MAX));
        }
        String department = oneLine(form.getDepartment());
        if (department != null && department.length() > DEPARTMENT_MAX) {
            problems.add(ContactProblem.of(ContactError.DEPARTMENT_TOO_LONG, DEPARTMENT_MAX));
        }
        String mobile = number(form.getMobile(), MOBILE, ContactError.MOBILE_INVALID, ContactError.MOBILE_TOO_LONG,
                problems);
        String phone = number(form.getPhone(), PHONE, ContactError.PHONE_INVALID, ContactError.PHONE_TOO_LONG,
                problems);
        String email = email(form.getEmail(), problems);
        LocalDate birthday = form.getBirthday();
        if (birthday != null && birthday.isAfter(today)) {
            problems.add(ContactProblem.of(ContactError.BIRTHDAY_IN_FUTURE, today.toString()));
        } else if (birthday != null && birthday.isBefore(BIRTHDAY_MIN)) {
            problems.add(ContactProblem.of(ContactError.BIRTHDAY_TOO_EARLY, BIRTHDAY_MIN.toString()));
        }
        String notes = blankToNull(form.getNotes());
        if (notes != null && notes.length() > NOTES_MAX) {
            problems.add(ContactProblem.of(ContactError.NOTES_TOO_LONG, NOTES_MAX, notes.length()));
        }

        if (!problems.isEmpty()) {
            throw new InvalidContactException(problems);
        }
        return new ContactValues(name, title, department, mobile, phone, email, birthday, notes,
                form.isMainContact());
    }

    /** Returns the number in ASCII with runs of spaces collapsed, or null when blank; adds a problem when invalid. */
    private static String number(String value, Pattern format, ContactError invalid, ContactError tooLong,
                                 List<ContactProblem> problems) {
        String number = oneLine(ascii(value));
        if (number == null) {
            return null;
        }
        if (number.length() > PHONE_MAX) {
            problems.add(ContactProblem.of(tooLong, PHONE_MAX));
            return number;
        }
        Matcher matcher = format.matcher(number);
        if (!matcher.matches() || digits(matcher.group("number")) < PHONE_DIGITS_MIN) {
            problems.add(ContactProblem.of(invalid, value.strip()));
        }
        return number;
    }

    /**
     * Returns the address, or null when blank; adds a problem when it is clearly not an address.
     * The check is deliberately loose and leaves the rest of RFC 5322 to the mail server.
     */
    private static String email(String value, List<ContactProblem> problems) {
        String address = blankToNull(ascii(value));
        if (address == null) {
            return null;
        }
        if (address.length() > EMAIL_MAX) {
            problems.add(ContactProblem.of(ContactError.EMAIL_TOO_LONG, EMAIL_MAX));
        } else if (!EMAIL.matcher(address).matches()) {
            problems.add(ContactProblem.of(ContactError.EMAIL_INVALID, value.strip()));
        }
        return address;
    }

    private static long digits(String text) {
        return text.chars().filter(c -> c >= '0' && c <= '9').count();
    }

    /** Turns full-width characters, which Chinese input methods type, into their ASCII forms. */
    private static String ascii(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFKC);
    }

    private static String oneLine(String value) {
        String text = blankToNull(value);
        return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
