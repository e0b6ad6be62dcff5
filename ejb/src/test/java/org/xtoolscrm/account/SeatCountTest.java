package org.xtoolscrm.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Seat count setting")
class SeatCountTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty("crm.seats");
    }

    @Test
    @DisplayName("Unset setting gives 50 seats")
    void defaultSeats() {
        assertEquals(50, SeatCount.parse(null));
        assertEquals(50, SeatCount.parse(" "));
    }

    @Test
    @DisplayName("Positive number is the seat count")
    void configuredSeats() {
        assertEquals(120, SeatCount.parse(" 120 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "many", "12.5"})
    @DisplayName("Invalid number falls back to 50 seats")
    void invalidSeats(String value) {
        assertEquals(50, SeatCount.parse(value));
    }

    @Test
    @DisplayName("System property is read on every call")
    void systemPropertyWins() {
        System.setProperty("crm.seats", "7");
        assertEquals(7, SeatCount.configured());
        System.setProperty("crm.seats", "8");
        assertEquals(8, SeatCount.configured());
    }
}
