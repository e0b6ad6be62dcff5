package org.xtoolscrm.opportunity.detail;

/** How much a requirement matters to the customer. Stored by name in {@code opportunity_requirement.importance}. */
public enum RequirementImportance {
    HIGH,
    NORMAL,
    LOW
}
