package org.xtoolscrm.workbench;

import java.time.Instant;

/**
 * A period from {@code from}, included, to {@code to}, excluded, so consecutive
 * periods neither overlap nor leave a gap.
 */
public record InstantRange(Instant from, Instant to) {

    public InstantRange {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The period must end after it starts: " + from + " to " + to);
        }
    }

    /** Returns whether the instant lies in this period. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    public Instant getFrom() {
        return from;
    }

    public Instant getTo() {
        return to;
    }
}
