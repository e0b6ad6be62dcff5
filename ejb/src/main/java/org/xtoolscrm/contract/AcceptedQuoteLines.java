package org.xtoolscrm.contract;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.opportunity.detail.Quote;
import org.xtoolscrm.opportunity.detail.QuoteStatus;

/**
 * Reads the lines of a deal's accepted quote, which a contract drafted from the deal starts
 * with. The caller checks that the deal is visible. A deal has at most one accepted quote.
 */
@Dependent
public class AcceptedQuoteLines {

    /**
     * The lines of an accepted quote, in its currency.
     *
     * @param quoteNumber the quote's number, for a hint on the page
     */
    public record QuoteLines(String quoteNumber, String currency, List<LineItemForm> lines) {
    }

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** Returns the lines of the deal's live accepted quote, or empty when it has none or the quote has no lines. */
    public Optional<QuoteLines> of(long opportunityId) {
        List<Quote> accepted = em.createQuery("SELECT q FROM Quote q WHERE q.opportunityId = :deal "
                        + "AND q.status = :accepted AND q.deletionId IS NULL ORDER BY q.id DESC", Quote.class)
                .setParameter("deal", opportunityId)
                .setParameter("accepted", QuoteStatus.ACCEPTED)
                .setMaxResults(1)
                .getResultList();
        if (accepted.isEmpty() || accepted.get(0).getLines().isEmpty()) {
            return Optional.empty();
        }
        Quote quote = accepted.get(0);
        List<LineItemForm> lines = quote.getLines().stream()
                .map(line -> LineItemForm.of(line.getProduct(), line.getQuantity(), line.getUnitPrice(),
                        line.getDiscountPercent(), quote.getCurrency()))
                .toList();
        return Optional.of(new QuoteLines(quote.getQuoteNumber(), quote.getCurrency(), lines));
    }
}
