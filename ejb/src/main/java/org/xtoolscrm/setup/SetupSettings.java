package org.xtoolscrm.setup;

/**
 * Startup settings an IT admin or the run command gives, each as a system
 * property or an environment variable (the property wins).
 *
 * <ul>
 * <li>{@code crm.demo-data} / {@code CRM_DEMO_DATA}: {@code true} seeds the demo
 * company on an empty database. The run command sets it for the embedded H2 database.
 * <li>{@code crm.initial-boss.login} / {@code CRM_INITIAL_BOSS_LOGIN},
 * {@code crm.initial-boss.password} / {@code CRM_INITIAL_BOSS_PASSWORD} and optionally
 * {@code crm.initial-boss.name} / {@code CRM_INITIAL_BOSS_NAME}: the first Boss
 * account, read only while no account exists.
 * </ul>
 */
public record SetupSettings(boolean demoData, String bossLogin, String bossPassword, String bossName) {

    public static SetupSettings fromEnvironment() {
        return new SetupSettings(
                Boolean.parseBoolean(read("crm.demo-data", "CRM_DEMO_DATA")),
                read("crm.initial-boss.login", "CRM_INITIAL_BOSS_LOGIN"),
                read("crm.initial-boss.password", "CRM_INITIAL_BOSS_PASSWORD"),
                read("crm.initial-boss.name", "CRM_INITIAL_BOSS_NAME"));
    }

    private static String read(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
