package org.xtoolscrm.contract;

import java.io.Serializable;
import java.time.LocalDate;

/** One delivery as the contract page shows it. */
public record DeliveryRow(Long id, LocalDate deliveryDate, String items, DeliveryStatus status, String receiverName,
                          String receiverPhone, String tracking, String notes, String createdByName, int version)
        implements Serializable {
}
