package org.xtoolscrm.note;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Note text rules")
class NoteRulesTest {

    @Test
    @DisplayName("Missing or blank text is rejected")
    void blankIsRejected() {
        for (String text : new String[] {null, "", "   ", "\n\t\r\n", "\u0000\u0007"}) {
            InvalidNoteException e = assertThrows(InvalidNoteException.class, () -> NoteRules.cleanText(text));
            assertEquals(NoteError.TEXT_MISSING, e.getError());
        }
    }

    @Test
    @DisplayName("4000 characters are accepted, 4001 are rejected with both numbers")
    void lengthLimit() {
        assertEquals(4000, NoteRules.cleanText("字".repeat(4000)).length());

        InvalidNoteException e = assertThrows(InvalidNoteException.class,
                () -> NoteRules.cleanText("a".repeat(4001)));

        assertEquals(NoteError.TEXT_TOO_LONG, e.getError());
        assertArrayEquals(new Object[] {4000, 4001}, e.getArguments());
    }

    @Test
    @DisplayName("Characters outside the BMP count once, as the database counts them")
    void countsCodePoints() {
        String emoji = "😀".repeat(4000);

        assertEquals(emoji, NoteRules.cleanText(emoji));
    }

    @Test
    @DisplayName("Line breaks are unified and outer white space stripped")
    void cleansText() {
        assertEquals("第一行\n第二行\n\n  第四行\tend", NoteRules.cleanText("\r\n  第一行\r\n第二行\r\r  第四行\tend  \n"));
    }

    @Test
    @DisplayName("Control characters are removed")
    void removesControlCharacters() {
        assertEquals("ab", NoteRules.cleanText("a\u0000\u001b\u007fb"));
    }

    @Test
    @DisplayName("The recycle bin label is the start of the text on one line")
    void label() {
        assertEquals("Called Mr. Wang about the order", NoteService.label("Called Mr. Wang\n about the order"));
        String label = NoteService.label("很".repeat(100));
        assertEquals(60, label.codePointCount(0, label.length()));
        assertEquals('…', label.charAt(label.length() - 1));
    }
}
