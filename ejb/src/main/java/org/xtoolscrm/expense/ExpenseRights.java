package org.xtoolscrm.expense;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one user may do with expenses, apart from seeing them. The filer edits an
 * expense until it is approved (editing a rejected one submits it again) and deletes it
 * while it is submitted. A Boss decides on anyone's submitted expenses, their own
 * included; a Manager on those of the people below them in the reporting line, never on
 * their own; a salesperson on none.
 *
 * @param userId          the user these rights belong to
 * @param decidesAll      true for a Boss
 * @param decidableFilers the filers whose expenses the user decides on when {@code decidesAll} is false
 */
public record ExpenseRights(long userId, boolean decidesAll, Set<Long> decidableFilers) implements Serializable {

    public ExpenseRights {
        decidableFilers = Set.copyOf(decidableFilers);
    }

    public static ExpenseRights boss(long userId) {
        return new ExpenseRights(userId, true, Set.of());
    }

    /** Returns the rights of a Manager, who decides on their subordinates' expenses but never on their own. */
    public static ExpenseRights manager(long userId, Set<Long> subordinateIds) {
        return new ExpenseRights(userId, false,
                subordinateIds.stream().filter(id -> id != userId).collect(Collectors.toSet()));
    }

    public static ExpenseRights salesperson(long userId) {
        return new ExpenseRights(userId, false, Set.of());
    }

    public boolean canEdit(long filedById, ExpenseStatus status) {
        return filedById == userId && status != ExpenseStatus.APPROVED;
    }

    public boolean canDelete(long filedById, ExpenseStatus status) {
        return filedById == userId && status == ExpenseStatus.SUBMITTED;
    }

    /** Returns whether the user may decide on an expense of this filer, whatever its status now. */
    public boolean mayDecideFor(long filedById) {
        return decidesAll || decidableFilers.contains(filedById);
    }

    /** Returns whether the user may decide on this expense now: it is submitted and its filer is theirs to decide on. */
    public boolean canDecide(long filedById, ExpenseStatus status) {
        return status == ExpenseStatus.SUBMITTED && mayDecideFor(filedById);
    }

    /** Returns whether the user decides on anyone's expenses at all. */
    public boolean decidesAny() {
        return decidesAll || !decidableFilers.isEmpty();
    }
}
