package org.xtoolscrm.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Cleaning declared content types")
class ContentTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "application/pdf|application/pdf",
            "Image/PNG|image/png",
            "text/plain; charset=UTF-8|text/plain",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "NULL|application/octet-stream",
            "''|application/octet-stream",
            "pdf|application/octet-stream",
            "a/b/c|application/octet-stream",
            "image/svg+xml|image/svg+xml"})
    void cleans(String declared, String expected) {
        assertEquals(expected, ContentTypes.clean(declared));
    }

    @Test
    @DisplayName("A type with a line break or an overlong subtype is rejected")
    void rejectsInjectedAndLongTypes() {
        assertEquals(ContentTypes.OCTET_STREAM, ContentTypes.clean("text/html\r\nX-Injected: 1"));
        assertEquals(ContentTypes.OCTET_STREAM, ContentTypes.clean("application/" + "x".repeat(120)));
    }
}
