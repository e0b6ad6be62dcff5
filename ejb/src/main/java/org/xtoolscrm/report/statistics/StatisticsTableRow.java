package org.xtoolscrm.report.statistics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row of a statistics table: its label, and one value per column after the label column,
 * a {@code Long} count or a {@code BigDecimal} amount or share; null where a share has no base.
 */
public record StatisticsTableRow(String label, List<Number> values) implements Serializable {

    public StatisticsTableRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
