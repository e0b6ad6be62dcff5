package org.xtoolscrm.contract;

/** The orders of a contract list. Every order ends with the id, so paging is stable. */
public enum ContractSortField {
    SIGNED_ON,
    NUMBER,
    TITLE,
    CUSTOMER,
    AMOUNT,
    STATUS,
    OWNER,
    ENDS_ON;

    /**
     * Returns the JPQL ORDER BY items, with {@code k} for the contract, {@code c} for its
     * customer and {@code o} for its owner.
     */
    String orderBy(boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String column = switch (this) {
            case SIGNED_ON -> "k.signedOn";
            case NUMBER -> "k.number";
            case TITLE -> "k.title";
            case CUSTOMER -> "c.name";
            // Amounts in different currencies sort by their numbers alone.
            case AMOUNT -> "k.amount";
            case STATUS -> "k.status";
            case OWNER -> "o.displayName";
            case ENDS_ON -> "k.endsOn";
        };
        return column + direction + ", k.id" + direction;
    }
}
