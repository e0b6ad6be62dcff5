package org.xtoolscrm.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Delivery rules")
class DeliveryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    @DisplayName("A complete delivery has no problems")
    void valid() {
        DeliveryForm form = new DeliveryForm(TODAY, "2 servers\n1 rack", DeliveryStatus.DELIVERED);
        form.setReceiverName("王芳");
        form.setReceiverPhone("+86 (10) 6552-1234");
        form.setTracking("SF1234567890");

        assertEquals(List.of(), DeliveryRules.problems(form, TODAY));
    }

    @Test
    @DisplayName("Date, items and status are required")
    void required() {
        DeliveryForm form = new DeliveryForm(null, " \n ", null);

        assertEquals(List.of(
                ContractProblem.of(ContractError.DELIVERY_DATE_MISSING),
                ContractProblem.of(ContractError.DELIVERY_ITEMS_MISSING),
                ContractProblem.of(ContractError.DELIVERY_STATUS_MISSING)), DeliveryRules.problems(form, TODAY));
    }

    @Test
    @DisplayName("Only a planned delivery may lie ahead")
    void futureDates() {
        LocalDate tomorrow = TODAY.plusDays(1);

        assertEquals(List.of(), DeliveryRules.problems(new DeliveryForm(tomorrow, "Rack", DeliveryStatus.PLANNED),
                TODAY));
        for (DeliveryStatus status : List.of(DeliveryStatus.SHIPPED, DeliveryStatus.DELIVERED,
                DeliveryStatus.RETURNED)) {
            assertEquals(List.of(ContractProblem.of(ContractError.DELIVERY_DATE_IN_FUTURE, "2026-03-10")),
                    DeliveryRules.problems(new DeliveryForm(tomorrow, "Rack", status), TODAY), status.name());
        }
    }

    @Test
    @DisplayName("Lengths, early dates and phone numbers are checked")
    void limits() {
        DeliveryForm form = new DeliveryForm(LocalDate.of(1999, 1, 1), "x".repeat(Delivery.ITEMS_MAX + 1),
                DeliveryStatus.SHIPPED);
        form.setReceiverName("r".repeat(Delivery.RECEIVER_MAX + 1));
        form.setReceiverPhone("call me");
        form.setTracking("t".repeat(Delivery.TRACKING_MAX + 1));
        form.setNotes("n".repeat(Delivery.NOTES_MAX + 1));

        List<ContractProblem> problems = DeliveryRules.problems(form, TODAY);

        assertEquals(List.of(
                ContractProblem.of(ContractError.DELIVERY_DATE_TOO_EARLY, "2000-01-01"),
                ContractProblem.of(ContractError.DELIVERY_ITEMS_TOO_LONG, 2000),
                ContractProblem.of(ContractError.DELIVERY_RECEIVER_TOO_LONG, 100),
                ContractProblem.of(ContractError.DELIVERY_PHONE_INVALID, "call me"),
                ContractProblem.of(ContractError.DELIVERY_TRACKING_TOO_LONG, 100),
                ContractProblem.of(ContractError.DELIVERY_NOTES_TOO_LONG, 2000)), problems);
        assertEquals(List.of("deliveryDate", "items", "receiverName", "receiverPhone", "tracking", "deliveryNotes"),
                problems.stream().map(ContractProblem::field).toList());
    }

    @Test
    @DisplayName("A phone needs at least five digits")
    void shortPhone() {
        DeliveryForm form = new DeliveryForm(TODAY, "Rack", DeliveryStatus.SHIPPED);
        form.setReceiverPhone("12-34");

        assertEquals(List.of(ContractProblem.of(ContractError.DELIVERY_PHONE_INVALID, "12-34")),
                DeliveryRules.problems(form, TODAY));
    }
}
