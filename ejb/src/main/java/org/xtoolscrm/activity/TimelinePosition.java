package org.xtoolscrm.activity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A place on a customer's timeline, which runs newest first by time, then by id. The
 * next page starts after the last entry of the previous one, so reading a page costs
 * the same however far back it lies, and entries added meanwhile shift nothing.
 */
public record TimelinePosition(Instant time, long id) implements Serializable {

    public TimelinePosition {
        if (time == null) {
            throw new IllegalArgumentException("A timeline position needs a time");
        }
    }
}
