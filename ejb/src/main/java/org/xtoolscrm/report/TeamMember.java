package org.xtoolscrm.report;

/**
 * A user as the forecast groups them: their team is led by the nearest Manager at or above
 * them in the reporting line, or else by the nearest Boss.
 */
public record TeamMember(long userId, String name, long leadId, String leadName) {
}
