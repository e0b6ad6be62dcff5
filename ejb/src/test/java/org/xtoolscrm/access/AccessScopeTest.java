package org.xtoolscrm.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Access scope")
class AccessScopeTest {

    @Test
    @DisplayName("Boss scope sees any owner")
    void everythingSeesAll() {
        AccessScope scope = AccessScope.everything(1);

        assertTrue(scope.canSee(1L));
        assertTrue(scope.canSee(999L));
    }

    @Test
    @DisplayName("Owner scope sees its owners only")
    void ownersSeeOwnOnly() {
        AccessScope scope = AccessScope.owners(2, Set.of(2L, 5L));

        assertTrue(scope.canSee(2L));
        assertTrue(scope.canSee(5L));
        assertFalse(scope.canSee(3L));
    }

    @Test
    @DisplayName("A record without owner is hidden from owner scopes")
    void missingOwnerIsHidden() {
        assertFalse(AccessScope.owners(2, Set.of(2L)).canSee(null));
    }
}
