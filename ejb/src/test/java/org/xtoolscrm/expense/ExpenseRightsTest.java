package org.xtoolscrm.expense;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who edits, deletes and decides on expenses")
class ExpenseRightsTest {

    private static final long MANAGER = 10;
    private static final long SALES_A = 11;
    private static final long SALES_B = 21;
    private static final long BOSS = 1;

    @Test
    void filerEditsUntilApproved() {
        ExpenseRights rights = ExpenseRights.salesperson(SALES_A);

        assertTrue(rights.canEdit(SALES_A, ExpenseStatus.SUBMITTED));
        assertTrue(rights.canEdit(SALES_A, ExpenseStatus.REJECTED));
        assertFalse(rights.canEdit(SALES_A, ExpenseStatus.APPROVED));
    }

    @Test
    void filerDeletesOnlySubmitted() {
        ExpenseRights rights = ExpenseRights.salesperson(SALES_A);

        assertTrue(rights.canDelete(SALES_A, ExpenseStatus.SUBMITTED));
        assertFalse(rights.canDelete(SALES_A, ExpenseStatus.REJECTED));
        assertFalse(rights.canDelete(SALES_A, ExpenseStatus.APPROVED));
    }

    @Test
    void othersNeverEditOrDelete() {
        for (ExpenseRights rights : new ExpenseRights[] {ExpenseRights.boss(BOSS),
                ExpenseRights.manager(MANAGER, Set.of(MANAGER, SALES_A)), ExpenseRights.salesperson(SALES_B)}) {
            assertFalse(rights.canEdit(SALES_A, ExpenseStatus.SUBMITTED), rights.toString());
            assertFalse(rights.canDelete(SALES_A, ExpenseStatus.SUBMITTED), rights.toString());
        }
    }

    @Test
    void salespersonNeverDecides() {
        ExpenseRights rights = ExpenseRights.salesperson(SALES_A);

        assertFalse(rights.canDecide(SALES_A, ExpenseStatus.SUBMITTED));
        assertFalse(rights.canDecide(SALES_B, ExpenseStatus.SUBMITTED));
        assertFalse(rights.decidesAny());
    }

    @Test
    void managerDecidesForTeamNotSelf() {
        ExpenseRights rights = ExpenseRights.manager(MANAGER, Set.of(MANAGER, SALES_A));

        assertTrue(rights.canDecide(SALES_A, ExpenseStatus.SUBMITTED));
        assertFalse(rights.canDecide(MANAGER, ExpenseStatus.SUBMITTED));
        assertFalse(rights.canDecide(SALES_B, ExpenseStatus.SUBMITTED));
        assertTrue(rights.decidesAny());
    }

    @Test
    void managerWithoutTeamDecidesNothing() {
        assertFalse(ExpenseRights.manager(MANAGER, Set.of(MANAGER)).decidesAny());
    }

    @Test
    void bossDecidesForAnyoneIncludingSelf() {
        ExpenseRights rights = ExpenseRights.boss(BOSS);

        assertTrue(rights.canDecide(SALES_B, ExpenseStatus.SUBMITTED));
        assertTrue(rights.canDecide(MANAGER, ExpenseStatus.SUBMITTED));
        assertTrue(rights.canDecide(BOSS, ExpenseStatus.SUBMITTED));
    }

    @Test
    void decidedExpensesNotDecidableAgain() {
        ExpenseRights rights = ExpenseRights.boss(BOSS);

        assertFalse(rights.canDecide(SALES_A, ExpenseStatus.APPROVED));
        assertFalse(rights.canDecide(SALES_A, ExpenseStatus.REJECTED));
        assertTrue(rights.mayDecideFor(SALES_A));
    }
}
