package org.xtoolscrm.web.opportunity.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.opportunity.detail.DetailProblem;
import org.xtoolscrm.opportunity.detail.QuoteError;

@DisplayName("Where record problems show")
class DetailMessagesTest {

    @Test
    @DisplayName("A line's problem shows at the field of its row")
    void lineProblem() {
        DetailProblem problem = DetailProblem.ofLine(2, QuoteError.QUANTITY_NOT_POSITIVE);

        assertEquals("tabs:quote-form:lines:2:quantity",
                DetailMessages.clientId(null, problem, "tabs:quote-form", "lines"));
    }

    @Test
    @DisplayName("A problem without a field shows for the whole dialog")
    void problemWithoutField() {
        assertNull(DetailMessages.clientId(null, DetailProblem.of(QuoteError.NO_LINES), "tabs:quote-form", "lines"));
        assertNull(DetailMessages.clientId(null, DetailProblem.ofLine(0, QuoteError.QUANTITY_MISSING),
                "tabs:quote-form", null), "a form without a lines table shows line problems for the dialog");
    }
}
