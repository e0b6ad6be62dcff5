package org.xtoolscrm.opportunity.detail;

/** The reason a solution was rejected. See {@link DetailError}. */
public enum SolutionError implements DetailError {
    TITLE_MISSING("title"),
    /** Arguments: the maximum length and the length entered, in characters. */
    TITLE_TOO_LONG("title"),
    /** Arguments: the maximum length and the length entered, in characters. */
    DESCRIPTION_TOO_LONG("description");

    private final String field;

    SolutionError(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
