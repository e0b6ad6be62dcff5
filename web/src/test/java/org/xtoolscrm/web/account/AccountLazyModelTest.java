package org.xtoolscrm.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.xtoolscrm.account.AccountFilter;
import org.xtoolscrm.account.Role;

@DisplayName("Account table filters")
class AccountLazyModelTest {

    @Test
    @DisplayName("Column filters become an account filter")
    void filtersAreMapped() {
        AccountFilter filter = AccountLazyModel.toFilter(Map.of(
                "login", meta("login", "sales"),
                "displayName", meta("displayName", "伟"),
                "role", meta("role", Role.MANAGER),
                "superiorName", meta("superiorName", "42"),
                "mobile", meta("mobile", "138 1234"),
                "email", meta("email", "@example.com"),
                "enabled", meta("enabled", "false")));

        assertEquals("sales", filter.login());
        assertEquals("伟", filter.displayName());
        assertEquals(Role.MANAGER, filter.role());
        assertEquals(42L, filter.superiorId());
        assertEquals("138 1234", filter.mobile());
        assertEquals("@example.com", filter.email());
        assertEquals(Boolean.FALSE, filter.enabled());
    }

    @Test
    @DisplayName("Blank and malformed values mean no filter")
    void badValuesAreIgnored() {
        AccountFilter filter = AccountLazyModel.toFilter(Map.of(
                "login", meta("login", " "),
                "role", meta("role", "OWNER"),
                "superiorName", meta("superiorName", "1 OR 1=1"),
                "enabled", meta("enabled", "")));

        assertNull(filter.login());
        assertNull(filter.role());
        assertNull(filter.superiorId());
        assertNull(filter.enabled());
    }

    private static FilterMeta meta(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }
}
