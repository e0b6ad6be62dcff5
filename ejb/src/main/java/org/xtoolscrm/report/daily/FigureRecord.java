package org.xtoolscrm.report.daily;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One record behind a figure of the daily report. A record on a customer the caller may not
 * see is listed without its label, so the count adds up and nothing about it shows.
 *
 * @param id the record's id: for a payment its contract, for a change the changed record
 * @param time when it happened, for records dated by an instant
 * @param date the day it happened, for records dated by a day (deals closed, contracts
 *             signed, payments received)
 * @param customerId the customer the record belongs to, if any
 * @param currency the currency of the amount, for records with amounts
 * @param visible whether the caller may open the record
 */
public record FigureRecord(long id, String label, Instant time, LocalDate date, Long customerId, String currency,
                           BigDecimal amount, boolean visible) implements Serializable {
}
