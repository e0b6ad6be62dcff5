package org.xtoolscrm.opportunity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a deal's stage history as the view's timeline shows it.
 *
 * @param fromStage      the stage code it left, or null for the stage it was created in
 * @param daysInPrevious whole days spent in the stage it left, or null for the first entry
 */
public record StageChangeRow(Long id, String fromStage, String toStage, Instant changedAt, String changedByName,
                             Integer daysInPrevious) implements Serializable {
}
