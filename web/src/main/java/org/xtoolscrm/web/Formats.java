package org.xtoolscrm.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.xtoolscrm.company.CompanyCalendar;

/**
 * Formats instants for display in the company's time zone: the system property
 * {@code crm.time-zone}, else the environment variable {@code CRM_TIME_ZONE}, else
 * the server's default zone.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone = CompanyCalendar.current().zone();

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone));
    }

    /** Formats the instant as HH:mm when it falls on today in the company's zone, else with the date. */
    public String timeOfDay(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime time = instant.atZone(zone);
        boolean today = time.toLocalDate().equals(LocalDate.now(zone));
        return today ? TIME.format(time) : DATE_TIME.format(time);
    }

    /** Formats a date as yyyy-MM-dd. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * Formats the date on which the instant falls in the company's zone, as yyyy-MM-dd. It
     * is not an overload of {@link #date(LocalDate)}, because EL cannot choose between
     * overloads for a null argument.
     */
    public String dayOf(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** Formats an amount of money with thousands separators and two decimals, such as 12,345.60. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount);
    }

    /** Returns the company's time zone, in which dates typed by users are meant. */
    public ZoneId zone() {
        return zone;
    }

    public String dateTime(Date date) {
        return date == null ? "" : dateTime(date.toInstant());
    }
}
