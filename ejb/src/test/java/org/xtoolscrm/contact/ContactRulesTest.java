package org.xtoolscrm.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Contact field rules")
class ContactRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    @DisplayName("Valid form is cleaned")
    void validFormCleaned() {
        ContactForm form = form(f -> {
            f.setName("  王   芳 ");
            f.setTitle(" 采购经理 ");
            f.setDepartment("\u3000采购部\u3000");
            f.setMobile("１３８ 0013 8000");
            f.setPhone("0755-8208 0387 转 8001");
            f.setEmail(" wang.fang＠example.com ");
            f.setBirthday(LocalDate.of(1985, 6, 1));
            f.setNotes("  Prefers calls\nafter 10 am  ");
            f.setMainContact(true);
        });

        ContactValues values = ContactRules.check(form, TODAY);

        assertEquals("王 芳", values.name());
        assertEquals("采购经理", values.title());
        assertEquals("采购部", values.department());
        assertEquals("138 0013 8000", values.mobile());
        assertEquals("0755-8208 0387 转 8001", values.phone());
        assertEquals("wang.fang@example.com", values.email());
        assertEquals(LocalDate.of(1985, 6, 1), values.birthday());
        assertEquals("Prefers calls\nafter 10 am", values.notes());
        assertTrue(values.mainContact());
    }

    @Test
    @DisplayName("Blank optional fields become null")
    void blankOptionalFieldsNull() {
        ContactForm form = form(f -> {
            f.setName("Li Lei");
            f.setTitle("  ");
            f.setDepartment("");
            f.setMobile(" ");
            f.setPhone("\t");
            f.setEmail("");
            f.setNotes("\n\n");
        });

        ContactValues values = ContactRules.check(form, TODAY);

        assertNull(values.title());
        assertNull(values.department());
        assertNull(values.mobile());
        assertNull(values.phone());
        assertNull(values.email());
        assertNull(values.notes());
        assertFalse(values.mainContact());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    @DisplayName("Missing name is rejected")
    void nameMissing(String name) {
        assertEquals(List.of(ContactError.NAME_MISSING), errors(form(f -> f.setName(name))));
    }

    @Test
    @DisplayName("Name length limit")
    void nameLengthLimit() {
        String longest = "名".repeat(ContactRules.NAME_MAX);

        assertEquals(longest, ContactRules.check(form(f -> f.setName(longest)), TODAY).name());
        InvalidContactException e = assertThrows(InvalidContactException.class,
                () -> ContactRules.check(form(f -> f.setName(longest + "名")), TODAY));
        assertEquals(ContactError.NAME_TOO_LONG, e.getProblems().get(0).error());
        assertEquals(List.of(ContactRules.NAME_MAX), e.getProblems().get(0).arguments());
        assertEquals("name", e.getProblems().get(0).field());
    }

    @Test
    @DisplayName("Title and department length limits")
    void titleAndDepartmentLimits() {
        ContactForm form = form(f -> {
            f.setTitle("t".repeat(ContactRules.TITLE_MAX + 1));
            f.setDepartment("d".repeat(ContactRules.DEPARTMENT_MAX + 1));
        });

        assertEquals(List.of(ContactError.TITLE_TOO_LONG, ContactError.DEPARTMENT_TOO_LONG), errors(form));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "+86 138 0013 8000", "(021) 5555-6666", "021.5555.6666", "12345"})
    @DisplayName("Mobile numbers accepted")
    void mobileAccepted(String mobile) {
        assertEquals(mobile, ContactRules.check(form(f -> f.setMobile(mobile)), TODAY).mobile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "138-0013-800a", "1234", "13800138000 x12", "138 0013 8000 转 1", "+-()"})
    @DisplayName("Mobile numbers rejected")
    void mobileRejected(String mobile) {
        InvalidContactException e = assertThrows(InvalidContactException.class,
                () -> ContactRules.check(form(f -> f.setMobile(mobile)), TODAY));

        assertEquals(ContactError.MOBILE_INVALID, e.getProblems().get(0).error());
        assertEquals(List.of(mobile), e.getProblems().get(0).arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"021-5555 6666", "(496)978-3969x58947", "0755-82080387转8001", "+1 212 555 0100 ext. 7",
            "010/6552 9988"})
    @DisplayName("Phone numbers accepted")
    void phoneAccepted(String phone) {
        assertEquals(phone, ContactRules.check(form(f -> f.setPhone(phone)), TODAY).phone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "021 5555 666#", "x123", "12 34"})
    @DisplayName("Phone numbers rejected")
    void phoneRejected(String phone) {
        assertEquals(List.of(ContactError.PHONE_INVALID), errors(form(f -> f.setPhone(phone))));
    }

    @Test
    @DisplayName("Numbers longer than the column are rejected")
    void numbersTooLong() {
        String tooLong = "1".repeat(ContactRules.PHONE_MAX + 1);

        assertEquals(List.of(ContactError.MOBILE_TOO_LONG, ContactError.PHONE_TOO_LONG),
                errors(form(f -> {
                    f.setMobile(tooLong);
                    f.setPhone(tooLong);
                })));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name@example", "name example@x.com", "@example.com", "name@@example.com",
            "name@example..com", "name@.example.com", "name"})
    @DisplayName("E-mail addresses rejected")
    void emailRejected(String email) {
        assertEquals(List.of(ContactError.EMAIL_INVALID), errors(form(f -> f.setEmail(email))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"li.lei@example.com", "王芳@例子.中国", "a+tag@mail.example.co.uk"})
    @DisplayName("E-mail addresses accepted")
    void emailAccepted(String email) {
        assertEquals(email, ContactRules.check(form(f -> f.setEmail(email)), TODAY).email());
    }

    @Test
    @DisplayName("E-mail length limit")
    void emailTooLong() {
        String tooLong = "a".repeat(ContactRules.EMAIL_MAX) + "@example.com";

        assertEquals(List.of(ContactError.EMAIL_TOO_LONG), errors(form(f -> f.setEmail(tooLong))));
    }

    @Test
    @DisplayName("Birthday from 1900 up to today")
    void birthdayRange() {
        assertEquals(TODAY, ContactRules.check(form(f -> f.setBirthday(TODAY)), TODAY).birthday());
        assertEquals(ContactRules.BIRTHDAY_MIN,
                ContactRules.check(form(f -> f.setBirthday(ContactRules.BIRTHDAY_MIN)), TODAY).birthday());

        InvalidContactException future = assertThrows(InvalidContactException.class,
                () -> ContactRules.check(form(f -> f.setBirthday(TODAY.plusDays(1))), TODAY));
        assertEquals(ContactError.BIRTHDAY_IN_FUTURE, future.getProblems().get(0).error());
        assertEquals(List.of("2026-03-15"), future.getProblems().get(0).arguments());
        assertEquals("birthday", future.getProblems().get(0).field());

        assertEquals(List.of(ContactError.BIRTHDAY_TOO_EARLY),
                errors(form(f -> f.setBirthday(ContactRules.BIRTHDAY_MIN.minusDays(1)))));
    }

    @Test
    @DisplayName("Notes length limit")
    void notesLengthLimit() {
        String longest = "记".repeat(ContactRules.NOTES_MAX);

        assertEquals(longest, ContactRules.check(form(f -> f.setNotes(longest)), TODAY).notes());
        InvalidContactException e = assertThrows(InvalidContactException.class,
                () -> ContactRules.check(form(f -> f.setNotes(longest + "记")), TODAY));
        assertEquals(ContactError.NOTES_TOO_LONG, e.getProblems().get(0).error());
        assertEquals(List.of(ContactRules.NOTES_MAX, ContactRules.NOTES_MAX + 1), e.getProblems().get(0).arguments());
    }

    @Test
    @DisplayName("Every broken rule is reported at once, in field order")
    void everyProblemReported() {
        ContactForm form = form(f -> {
            f.setName(" ");
            f.setMobile("mobile");
            f.setPhone("phone");
            f.setEmail("mail");
            f.setBirthday(TODAY.plusYears(1));
            f.setNotes("n".repeat(ContactRules.NOTES_MAX + 1));
        });

        assertEquals(List.of(ContactError.NAME_MISSING, ContactError.MOBILE_INVALID, ContactError.PHONE_INVALID,
                ContactError.EMAIL_INVALID, ContactError.BIRTHDAY_IN_FUTURE, ContactError.NOTES_TOO_LONG),
                errors(form));
    }

    @Test
    @DisplayName("Every error names a field of the form")
    void errorsNameFormFields() {
        List<String> fields = List.of("name", "title", "department", "mobile", "phone", "email", "birthday", "notes");
        for (ContactError error : ContactError.values()) {
            assertTrue(fields.contains(error.field()), error.name());
        }
    }

    /** Returns a valid form with the given changes. */
    private static ContactForm form(Consumer<ContactForm> changes) {
        ContactForm form = new ContactForm();
        form.setName("Han Meimei");
        changes.accept(form);
        return form;
    }

    private static List<ContactError> errors(ContactForm form) {
        InvalidContactException e = assertThrows(InvalidContactException.class,
                () -> ContactRules.check(form, TODAY));
        return e.getProblems().stream().map(ContactProblem::error).toList();
    }
}
