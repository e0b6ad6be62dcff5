package org.xtoolscrm.web.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xtoolscrm.contact.ContactFilter;
import org.xtoolscrm.contact.ContactRow;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.contact.ContactSortField;

@DisplayName("Contact list table")
class ContactLazyModelTest {

    @Test
    @DisplayName("Every sortable column maps to a sort field")
    void columnsMapToSortFields() {
        for (String column : List.of("name", "customerName", "title", "mobile", "email", "updatedAt")) {
            RecordingService service = new RecordingService();
            new ContactLazyModel(service).load(0, 25, Map.of(column, sort(column, SortOrder.DESCENDING)), Map.of());

            assertEquals(ContactLazyModel.SORT_FIELDS.get(column), service.sort, column);
            assertFalse(service.ascending, column);
        }
        assertEquals(6, ContactLazyModel.SORT_FIELDS.size());
    }

    @Test
    @DisplayName("Unsorted table sorts by name ascending")
    void defaultSort() {
        RecordingService service = new RecordingService();
        new ContactLazyModel(service).load(50, 25, Map.of(), Map.of());

        assertEquals(ContactSortField.NAME, service.sort);
        assertTrue(service.ascending);
        assertEquals(50, service.first);
        assertEquals(25, service.pageSize);
    }

    @Test
    @DisplayName("Search is trimmed and blank means none")
    void searchTrimmed() {
        ContactLazyModel model = new ContactLazyModel(new RecordingService());

        model.setSearch("  王芳 ");
        assertEquals("王芳", model.getSearch());
        model.setSearch("   ");
        assertNull(model.getSearch());
    }

    @Test
    @DisplayName("Changed search is counted again before loading")
    void changedSearchRecounted() {
        RecordingService service = new RecordingService();
        ContactLazyModel model = new ContactLazyModel(service);
        model.count(Map.of());

        model.setSearch("Li");
        model.setMainOnly(true);
        model.load(0, 25, Map.of(), Map.of());

        assertEquals(List.of(ContactFilter.none(), new ContactFilter("Li", true)), service.counted);
        assertEquals(new ContactFilter("Li", true), service.loaded);
        assertEquals(7, model.getRowCount());
    }

    private static SortMeta sort(String field, SortOrder order) {
        return SortMeta.builder().field(field).order(order).build();
    }

    /** Records the calls the model makes instead of querying a database. */
    private static final class RecordingService extends ContactService {

        private final List<ContactFilter> counted = new ArrayList<>();
        private ContactFilter loaded;
        private ContactSortField sort;
        private boolean ascending;
        private int first;
        private int pageSize;

        @Override
        public long countAll(ContactFilter filter) {
            counted.add(filter);
            return 7;
        }

        @Override
        public List<ContactRow> findPage(ContactFilter filter, ContactSortField sort, boolean ascending, int first,
                                         int pageSize) {
            this.loaded = filter;
            this.sort = sort;
            this.ascending = ascending;
            this.first = first;
            this.pageSize = pageSize;
            return List.of();
        }
    }
}
