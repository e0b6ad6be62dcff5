package org.xtoolscrm.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a delivery's fields. They need no database. Only a planned delivery may lie
 * ahead: one shipped, delivered or returned is dated today at the latest.
 */
public final class DeliveryRules {

    /** The form of a phone number: digits, spaces and + - ( ), with at least five digits. */
    private static final Pattern PHONE = Pattern.compile("(?=(?:\\D*\\d){5})[0-9+()\\- ]+");

    private DeliveryRules() {
    }

    /**
     * Checks the form and returns the broken rules, at most one per field, in the order of
     * the dialog's fields.
     *
     * @param today the company's today
     */
    public static List<ContractProblem> problems(DeliveryForm form, LocalDate today) {
        List<ContractProblem> problems = new ArrayList<>();
        LocalDate date = form.getDeliveryDate();
        if (date == null) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_DATE_MISSING));
        } else if (date.isBefore(ContractRules.MIN_DATE)) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_DATE_TOO_EARLY, ContractRules.MIN_DATE.toString()));
        } else if (date.isAfter(today) && form.getStatus() != null && form.getStatus() != DeliveryStatus.PLANNED) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_DATE_IN_FUTURE, today.toString()));
        }

        String items = ContractRules.clean(form.getItems());
        if (items == null) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_ITEMS_MISSING));
        } else if (items.length() > Delivery.ITEMS_MAX) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_ITEMS_TOO_LONG, Delivery.ITEMS_MAX));
        }
        if (form.getStatus() == null) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_STATUS_MISSING));
        }

        String receiver = ContractRules.clean(form.getReceiverName());
        if (receiver != null && receiver.length() > Delivery.RECEIVER_MAX) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_RECEIVER_TOO_LONG, Delivery.RECEIVER_MAX));
        }
        String phone = ContractRules.clean(form.getReceiverPhone());
        if (phone != null && (phone.length() > Delivery.PHONE_MAX || !PHONE.matcher(phone).matches())) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_PHONE_INVALID, phone));
        }
        String tracking = ContractRules.clean(form.getTracking());
        if (tracking != null && tracking.length() > Delivery.TRACKING_MAX) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_TRACKING_TOO_LONG, Delivery.TRACKING_MAX));
        }
        String notes = ContractRules.clean(form.getNotes());
        if (notes != null && notes.length() > Delivery.NOTES_MAX) {
            problems.add(ContractProblem.of(ContractError.DELIVERY_NOTES_TOO_LONG, Delivery.NOTES_MAX));
        }
        return problems;
    }
}
