package org.xtoolscrm.importing.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RowRejectedException")
class RowRejectedExceptionTest {

    @Test
    @DisplayName("combines row, column and reason in the message")
    void formatsMessageWithColumn() {
        RowRejectedException e = new RowRejectedException(17, "Email", "foo@", "E-mail address 'foo@' is invalid.");

        assertEquals("Row 17, column Email: E-mail address 'foo@' is invalid.", e.getMessage());
    }

    @Test
    @DisplayName("leaves out the column for whole-row problems")
    void formatsMessageWithoutColumn() {
        RowRejectedException e = new RowRejectedException(3, null, null, "The row has 2 fields.");

        assertEquals("Row 3: The row has 2 fields.", e.getMessage());
        assertNull(e.column());
        assertNull(e.value());
    }

    @Test
    @DisplayName("cuts the value to 500 characters")
    void truncatesValue() {
        RowRejectedException e = new RowRejectedException(2, "Address", "a".repeat(501), "Too long.");

        assertEquals("a".repeat(500), e.value());
    }

    @Test
    @DisplayName("keeps row number and reason")
    void keepsParts() {
        RowRejectedException e = new RowRejectedException(42, "Phone", "x", "Phone number 'x' is invalid.");

        assertEquals(42, e.rowNumber());
        assertEquals("Phone", e.column());
        assertEquals("x", e.value());
        assertEquals("Phone number 'x' is invalid.", e.reason());
    }
}
