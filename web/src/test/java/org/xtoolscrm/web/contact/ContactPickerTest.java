package org.xtoolscrm.web.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.contact.ContactOption;

@DisplayName("Contact picker")
class ContactPickerTest {

    private static final List<ContactOption> HARBOUR = List.of(
            new ContactOption(11L, "王芳", "采购经理"),
            new ContactOption(12L, "Li Lei", null));
    private static final List<ContactOption> WESTLAKE = List.of(new ContactOption(21L, "陈晓", null));

    @Test
    @DisplayName("Offered contact stays chosen, in the service's order")
    void offeredContactChosen() {
        ContactPicker picker = new ContactPicker();

        picker.show(HARBOUR, 12L);

        assertTrue(picker.isShown());
        assertEquals(12L, picker.getContactId());
        assertEquals(List.of(11L, 12L), picker.getOptions().stream().map(ContactOption::id).toList());
    }

    @Test
    @DisplayName("Contact that is not offered is dropped")
    void unknownContactDropped() {
        ContactPicker picker = new ContactPicker();

        picker.show(HARBOUR, 99L);

        assertTrue(picker.isShown());
        assertNull(picker.getContactId(), "a contact in the recycle bin or of another customer");
    }

    @Test
    @DisplayName("New customer drops the previous customer's contact")
    void otherCustomerDropsContact() {
        ContactPicker picker = new ContactPicker();
        picker.show(HARBOUR, 11L);

        picker.show(WESTLAKE, picker.getContactId());

        assertNull(picker.getContactId());
        assertEquals(WESTLAKE, picker.getOptions());
    }

    @Test
    @DisplayName("No customer hides the picker and drops the contact")
    void noCustomer() {
        ContactPicker picker = new ContactPicker();
        picker.show(HARBOUR, 11L);

        // Without a customer the picker does not call the service, so the test passes none.
        picker.changeCustomer(null, null);

        assertFalse(picker.isShown());
        assertNull(picker.getContactId());
        assertTrue(picker.getOptions().isEmpty());
    }

    @Test
    @DisplayName("Unreadable contacts keep the stored contact")
    void hiddenKeepsContact() {
        ContactPicker picker = new ContactPicker();

        picker.hide(11L);

        assertFalse(picker.isShown());
        assertEquals(11L, picker.getContactId());
        assertTrue(picker.getOptions().isEmpty());
    }

    @Test
    @DisplayName("Option label adds the job title")
    void optionLabel() {
        assertEquals("王芳 (采购经理)", HARBOUR.get(0).getLabel());
        assertEquals("Li Lei", HARBOUR.get(1).getLabel());
    }
}
