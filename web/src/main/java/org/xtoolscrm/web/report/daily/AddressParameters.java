package org.xtoolscrm.web.report.daily;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the parameters of a report page's address, which a user can type or edit. A value
 * that does not parse gives an empty result, so the page decides what to show instead of
 * failing in the conversion.
 */
final class AddressParameters {

    private AddressParameters() {
    }

    static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Long> id(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
