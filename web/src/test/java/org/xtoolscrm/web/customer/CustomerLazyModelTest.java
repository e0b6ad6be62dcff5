package org.xtoolscrm.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.customer.CustomerType;

@DisplayName("Customer table filters")
class CustomerLazyModelTest {

    @Test
    @DisplayName("Column filters become a customer filter")
    void filtersAreMapped() {
        CustomerFilter filter = CustomerLazyModel.toFilter(Map.of(
                "name", meta("name", "平安"),
                "code", meta("code", "0000"),
                "city", meta("city", "深圳"),
                "status", meta("status", CustomerStatus.ACTIVE),
                "type", meta("type", "INDIVIDUAL"),
                "owner", meta("owner", "42"),
                "industry", meta("industry", "J 金融"),
                "region", meta("region", "华南")), "138");

        assertEquals("平安", filter.namePrefix());
        assertEquals("0000", filter.codePrefix());
        assertEquals("深圳", filter.cityPrefix());
        assertEquals(CustomerStatus.ACTIVE, filter.status());
        assertEquals(CustomerType.INDIVIDUAL, filter.type());
        assertEquals(42L, filter.ownerId());
        assertEquals("J 金融", filter.industryPrefix());
        assertEquals("华南", filter.regionPrefix());
        assertEquals("138", filter.search());
    }

    @Test
    @DisplayName("Unknown enum names and malformed owner ids are ignored")
    void badValuesAreIgnored() {
        CustomerFilter filter = CustomerLazyModel.toFilter(Map.of(
                "status", meta("status", "LOST"),
                "owner", meta("owner", "1 OR 1=1")), null);

        assertNull(filter.status());
        assertNull(filter.ownerId());
    }

    private static FilterMeta meta(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }
}
