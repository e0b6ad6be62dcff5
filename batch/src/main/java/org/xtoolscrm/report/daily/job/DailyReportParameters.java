package org.xtoolscrm.report.daily.job;

import jakarta.batch.runtime.context.JobContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The parameters of one daily report run, read from the job-level properties that
 * daily-report.xml fills from the job parameters.
 *
 * @param date the day reported, in the company's time zone
 * @param startedBy TIMER, CATCH_UP, CLI or the login of the user who started the run
 */
record DailyReportParameters(LocalDate date, String startedBy) {

    static final String DATE = "date";
    static final String STARTED_BY = "startedBy";

    static DailyReportParameters of(JobContext job) {
        Properties properties = job.getProperties();
        return new DailyReportParameters(parseDate(properties.getProperty(DATE)),
                properties.getProperty(STARTED_BY, "CLI"));
    }

    /**
     * Checks that the date's day has begun in the company's time zone.
     *
     * @throws DailyReportRefusedException naming the date and today when it lies after today
     */
    static void checkBegun(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DailyReportRefusedException("The daily report for " + date + " cannot be written yet: that day "
                    + "has not begun in the company's time zone, where today is " + today + ".");
        }
    }

    /**
     * Reads the date parameter.
     *
     * @throws IllegalArgumentException naming the value when it is missing or not a date
     */
    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The job parameter 'date' is missing: give the day to report as "
                    + "yyyy-MM-dd, for example date=2026-03-31.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The job parameter 'date' is '" + value + "', which is not a date: "
                    + "write it as yyyy-MM-dd, for example date=2026-03-31.", e);
        }
    }
}
