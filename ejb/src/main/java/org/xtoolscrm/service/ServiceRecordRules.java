package org.xtoolscrm.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a service record's fields follow. They need no database, so the web layer runs
 * them before it calls the service and a user sees every invalid field at once. Whether the
 * type is an option of the data dictionary and whether the handler may be chosen is checked
 * by {@link ServiceRecordService}.
 */
public final class ServiceRecordRules {

    /** The earliest service date accepted; it catches typing errors such as 0025 for 2025. */
    public static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);

    /** The maximum hours of one record, the largest value of its DECIMAL(4,1) column. */
    public static final BigDecimal HOURS_MAX = new BigDecimal("999.9");

    /** Decimal places the hours may have at most. */
    public static final int HOURS_DECIMALS = 1;

    private ServiceRecordRules() {
    }

    /**
     * Returns the broken rules of the form, in the order of the dialog's fields.
     *
     * @param today today's date in the company's time zone; the service cannot lie later
     */
    public static List<AfterSalesProblem> problems(ServiceRecordForm form, LocalDate today) {
        List<AfterSalesProblem> problems = new ArrayList<>();
        LocalDate date = form.getDate();
        if (date == null) {
            problems.add(AfterSalesProblem.of(ServiceRecordError.DATE_MISSING));
        } else if (date.isAfter(today)) {
            problems.add(AfterSalesProblem.of(ServiceRecordError.DATE_IN_FUTURE, today.toString()));
        } else if (date.isBefore(MIN_DATE)) {
            problems.add(AfterSalesProblem.of(ServiceRecordError.DATE_TOO_EARLY, MIN_DATE.toString()));
        }
        if (AfterSalesText.code(form.getTypeCode()) == null) {
            problems.add(AfterSalesProblem.of(ServiceRecordError.TYPE_MISSING));
        }
        String content = AfterSalesText.block(form.getContent());
        if (content == null) {
            problems.add(AfterSalesProblem.of(ServiceRecordError.CONTENT_MISSING));
        } else if (AfterSalesText.length(content) > ServiceRecord.CONTENT_MAX) {
            problems.add(AfterSalesProblem.of(ServiceRecordError.CONTENT_TOO_LONG, ServiceRecord.CONTENT_MAX,
                    AfterSalesText.length(content)));
        }
        BigDecimal hours = form.getHours();
        if (hours != null) {
            if (hours.signum() < 0) {
                problems.add(AfterSalesProblem.of(ServiceRecordError.HOURS_NEGATIVE));
            } else if (hours.compareTo(HOURS_MAX) > 0) {
                problems.add(AfterSalesProblem.of(ServiceRecordError.HOURS_TOO_LARGE, HOURS_MAX.toPlainString()));
            } else if (hours.stripTrailingZeros().scale() > HOURS_DECIMALS) {
                problems.add(AfterSalesProblem.of(ServiceRecordError.HOURS_TOO_PRECISE, HOURS_DECIMALS));
            }
        }
        return problems;
    }

    /** Writes the fields of a checked form to the record, with the content cleaned and the hours at one decimal. */
    static void apply(ServiceRecordForm form, ServiceRecord record) {
        record.setServiceDate(form.getDate());
        record.setTypeCode(AfterSalesText.code(form.getTypeCode()));
        record.setContent(AfterSalesText.block(form.getContent()));
        // The checks allow at most one decimal place, so the scale changes without rounding.
        record.setHours(form.getHours() == null ? null : form.getHours().setScale(HOURS_DECIMALS, RoundingMode.UNNECESSARY));
    }
}
