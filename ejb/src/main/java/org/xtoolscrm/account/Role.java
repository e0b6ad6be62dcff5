package org.xtoolscrm.account;

/**
 * The security role of an account. The names are the container's role names, used
 * in {@code @RolesAllowed} and returned by the JDBC realm's role query.
 */
public enum Role {
    BOSS,
    MANAGER,
    SALES;

    public static final String BOSS_NAME = "BOSS";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String SALES_NAME = "SALES";
}
