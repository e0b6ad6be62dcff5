package org.xtoolscrm.web.opportunity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.xtoolscrm.opportunity.OpportunityRow;
import org.xtoolscrm.opportunity.Stage;

/**
 * One column of the pipeline board: an open stage with the count and converted amount of
 * all its deals under the filter, and the first of them as cards.
 */
public final class BoardColumn implements Serializable {

    private final Stage stage;
    private final long count;
    private final BigDecimal amount;
    private final List<OpportunityRow> cards;

    BoardColumn(Stage stage, long count, BigDecimal amount, List<OpportunityRow> cards) {
        this.stage = stage;
        this.count = count;
        this.amount = amount;
        this.cards = List.copyOf(cards);
    }

    public Stage getStage() {
        return stage;
    }

    public String getCode() {
        return stage.code();
    }

    public long getCount() {
        return count;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public List<OpportunityRow> getCards() {
        return cards;
    }

    /** Returns how many deals of the stage the column leaves out. */
    public long getHidden() {
        return Math.max(0, count - cards.size());
    }
}
