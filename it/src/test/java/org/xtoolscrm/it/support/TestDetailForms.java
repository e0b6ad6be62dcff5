package org.xtoolscrm.it.support;

import org.xtoolscrm.company.CompanyCalendar;
import java.math.BigDecimal;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.opportunity.detail.CompetitorForm;
import org.xtoolscrm.opportunity.detail.QuoteForm;
import org.xtoolscrm.opportunity.detail.RequirementForm;
import org.xtoolscrm.opportunity.detail.RequirementImportance;
import org.xtoolscrm.opportunity.detail.SolutionForm;

/** Builds the forms of a deal's requirements, solutions, quotes and competitors for tests. */
public final class TestDetailForms {

    private TestDetailForms() {
    }

    public static RequirementForm requirement(String title, String description, RequirementImportance importance) {
        RequirementForm form = new RequirementForm();
        form.setTitle(title);
        form.setDescription(description);
        form.setImportance(importance);
        return form;
    }

    public static SolutionForm solution(String title, String description) {
        SolutionForm form = new SolutionForm();
        form.setTitle(title);
        form.setDescription(description);
        return form;
    }

    /**
     * @param price    the price as text, or null for none
     * @param currency the currency as the user typed it
     */
    public static CompetitorForm competitor(String name, String price, String currency) {
        CompetitorForm form = new CompetitorForm();
        form.setName(name);
        form.setPrice(price == null ? null : new BigDecimal(price));
        form.setCurrency(currency);
        return form;
    }

    /** Returns a CNY quote dated today, without a number, with one line and the given notes. */
    public static QuoteForm quote(String notes, String product, String quantity, String unitPrice) {
        QuoteForm form = new QuoteForm();
        form.setQuoteDate(CompanyCalendar.current().today());
        form.setCurrency("CNY");
        form.setNotes(notes);
        form.getLines().add(new LineItemForm(product, new BigDecimal(quantity), new BigDecimal(unitPrice), null));
        return form;
    }
}
