package org.xtoolscrm.web.opportunity.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.opportunity.detail.SolutionRow;

@DisplayName("Lazy model of a deal's records")
class DetailLazyModelTest {

    private static final List<SolutionRow> PAGE = List.of(row(7), row(3));

    @Test
    @DisplayName("Pages and counts through the service")
    void pagesThroughService() {
        int[] requested = new int[2];
        DetailLazyModel<SolutionRow> model = new DetailLazyModel<>(1, () -> 12, (first, size) -> {
            requested[0] = first;
            requested[1] = size;
            return PAGE;
        });

        List<SolutionRow> rows = model.load(10, 10, Map.of(), Map.of());

        assertEquals(PAGE, rows);
        assertEquals(10, requested[0]);
        assertEquals(10, requested[1]);
        assertEquals(12, model.count(Map.of()));
    }

    @Test
    @DisplayName("A deal that is gone shows an empty list")
    void goneDealIsEmpty() {
        DetailLazyModel<SolutionRow> model = new DetailLazyModel<>(1, () -> {
            throw new RecordNotFoundException("Opportunity", 1L);
        }, (first, size) -> {
            throw new RecordNotFoundException("Opportunity", 1L);
        });

        assertEquals(List.of(), model.load(0, 10, Map.of(), Map.of()));
        assertEquals(0, model.count(Map.of()));
    }

    @Test
    @DisplayName("Rows are found by their id on the current page")
    void rowKeys() {
        DetailLazyModel<SolutionRow> model = new DetailLazyModel<>(1, () -> 2, (first, size) -> PAGE);
        model.setWrappedData(PAGE);

        assertEquals("7", model.getRowKey(PAGE.get(0)));
        assertSame(PAGE.get(1), model.getRowData("3"));
        assertNull(model.getRowData("99"));
    }

    private static SolutionRow row(long id) {
        return new SolutionRow(id, "Plan " + id, null, "Sales One", Instant.EPOCH, Instant.EPOCH, 0);
    }
}
