package org.xtoolscrm.web.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.StringJoiner;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.xtoolscrm.schedule.ScheduleRow;

/**
 * The calendar's events, loaded for the range the calendar shows whenever it requests them, so
 * only that range's schedules leave the database. An event's id is the schedule's id.
 */
public class CalendarModel extends LazyScheduleModel {

    private final CalendarView view;

    CalendarModel(CalendarView view) {
        this.view = view;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        ZoneId zone = view.getZone();
        boolean team = view.isTeamShown();
        for (ScheduleRow row : view.load(start, end).rows()) {
            addEvent(DefaultScheduleEvent.<Long>builder()
                    .id(String.valueOf(row.getId()))
                    .data(row.getId())
                    .title(team ? row.getOwnerName() + " · " + row.getSubject() : row.getSubject())
                    .startDate(local(row.getStartAt(), zone))
                    .endDate(local(row.getEndAt(), zone))
                    .allDay(row.isAllDay())
                    .description(description(row, team))
                    .styleClass(styleClass(row))
                    .draggable(false)
                    .resizable(false)
                    .build());
        }
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime();
    }

    /** Returns the tooltip: type, place, customer and owner. PrimeFaces puts it in as HTML, so it is escaped. */
    private String description(ScheduleRow row, boolean team) {
        StringJoiner lines = new StringJoiner("<br/>");
        lines.add(escape(view.types().label(row.getType())));
        if (row.getPlace() != null) {
            lines.add(escape(row.getPlace()));
        }
        if (row.getCustomerName() != null) {
            lines.add(escape(row.getCustomerName()));
        }
        if (!team) {
            lines.add(escape(row.getOwnerName()));
        }
        return lines.toString();
    }

    static String styleClass(ScheduleRow row) {
        String type = row.getType() == null ? "" : " schedule-type-" + row.getType().toLowerCase(Locale.ROOT);
        return "schedule-event" + type + (row.isDone() ? " schedule-done" : "");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
