package org.xtoolscrm.opportunity.detail;

/** The reason a requirement was rejected. See {@link DetailError}. */
public enum RequirementError implements DetailError {
    TITLE_MISSING("title"),
    /** Arguments: the maximum length and the length entered, in characters. */
    TITLE_TOO_LONG("title"),
    /** Arguments: the maximum length and the length entered, in characters. */
    DESCRIPTION_TOO_LONG("description"),
    IMPORTANCE_MISSING("importance");

    private final String field;

    RequirementError(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
