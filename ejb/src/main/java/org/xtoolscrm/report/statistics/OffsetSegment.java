package org.xtoolscrm.report.statistics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of time [start, end) in which the company's time zone keeps one UTC offset. The
 * database stores instants in UTC, so a query that groups instants by the company's months
 * shifts them by the offset, and a period across a daylight saving change is queried in one
 * segment per offset.
 *
 * @param offsetSeconds the zone's offset from UTC during the segment, in seconds
 */
record OffsetSegment(Instant start, Instant end, int offsetSeconds) {

    /** Splits [start, end) at every offset transition of the zone. */
    static List<OffsetSegment> of(Instant start, Instant end, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<OffsetSegment> segments = new ArrayList<>();
        Instant from = start;
        while (from.isBefore(end)) {
            ZoneOffsetTransition next = rules.nextTransition(from);
            Instant until = next == null || !next.getInstant().isBefore(end) ? end : next.getInstant();
            segments.add(new OffsetSegment(from, until, rules.getOffset(from).getTotalSeconds()));
            from = until;
        }
        return segments;
    }
}
