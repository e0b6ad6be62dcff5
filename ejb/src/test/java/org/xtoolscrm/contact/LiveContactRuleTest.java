package org.xtoolscrm.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The part of {@link ContactService#isLiveContactOf} that needs no database. The service is
 * built without its entity manager, so a case that reached the query would fail with a
 * NullPointerException. The container tests cover the query.
 */
@DisplayName("Live contact rule without the database")
class LiveContactRuleTest {

    private final ContactService service = new ContactService();

    @Test
    @DisplayName("Contact without a customer is rejected")
    void noCustomer() {
        assertFalse(service.isLiveContactOf(7L, null));
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, -1L, Long.MIN_VALUE})
    @DisplayName("Non-positive contact id is rejected")
    void nonPositiveId(long contactId) {
        assertFalse(service.isLiveContactOf(contactId, 3L));
    }
}
