package org.xtoolscrm.opportunity;

/** The orders of an opportunity list. Every order ends with the id, so paging is stable. */
public enum OpportunitySortField {
    EXPECTED_SIGN_DATE,
    NAME,
    CUSTOMER,
    AMOUNT,
    OWNER,
    STAGE_SINCE,
    UPDATED_AT;

    /**
     * Returns the JPQL ORDER BY items, with {@code p} for the opportunity, {@code c} for its
     * customer and {@code o} for its owner.
     */
    String orderBy(boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String column = switch (this) {
            case EXPECTED_SIGN_DATE -> "p.expectedSignDate";
            case NAME -> "p.name";
            case CUSTOMER -> "c.name";
            // Amounts in different currencies sort by their numbers alone.
            case AMOUNT -> "p.amount";
            case OWNER -> "o.displayName";
            case STAGE_SINCE -> "p.stageSince";
            case UPDATED_AT -> "p.updatedAt";
        };
        return column + direction + ", p.id" + direction;
    }
}
