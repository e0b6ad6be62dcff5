package org.xtoolscrm.report.statistics;

import java.io.Serializable;

/** A column of a statistics table: its heading and the kind of its values. */
public record StatisticsColumn(String heading, Kind kind) implements Serializable {

    public enum Kind {
        /** The row's label, such as a status or a month. */
        LABEL,
        COUNT,
        /** An amount in the company currency, two decimals. */
        AMOUNT,
        /** A share in percent, one decimal. */
        PERCENT
    }
}
