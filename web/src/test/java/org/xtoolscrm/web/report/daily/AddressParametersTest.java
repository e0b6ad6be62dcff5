package org.xtoolscrm.web.report.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.report.daily.Figure;

@DisplayName("Report address parameters")
class AddressParametersTest {

    @Test
    @DisplayName("valid values parse, spaces ignored")
    void valid() {
        assertEquals(Optional.of(Figure.LOGINS), AddressParameters.constant(Figure.class, " LOGINS "));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 19)), AddressParameters.date("2026-03-19"));
        assertEquals(Optional.of(42L), AddressParameters.id("42"));
    }

    @Test
    @DisplayName("invalid or missing values are empty")
    void invalid() {
        assertEquals(Optional.empty(), AddressParameters.constant(Figure.class, "NOPE"));
        assertEquals(Optional.empty(), AddressParameters.constant(Figure.class, null));
        assertEquals(Optional.empty(), AddressParameters.date("19.03.2026"));
        assertEquals(Optional.empty(), AddressParameters.date(" "));
        assertEquals(Optional.empty(), AddressParameters.id("4x"));
    }
}
