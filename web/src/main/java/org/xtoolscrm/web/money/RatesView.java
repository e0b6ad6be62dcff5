package org.xtoolscrm.web.money;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.money.CompanyCurrency;
import org.xtoolscrm.money.CurrencyRate;
import org.xtoolscrm.money.CurrencyRateService;
import org.xtoolscrm.money.InvalidRateException;
import org.xtoolscrm.money.Money;
import org.xtoolscrm.web.FieldMessages;
import org.xtoolscrm.web.Texts;

/**
 * Backs settings/rates.xhtml, the Boss's exchange rates: how many units of the company
 * currency one unit of another currency is worth. The funnel and the forecast convert with
 * them. A currency without a rate is left out of their sums, and both pages name it.
 */
@Named
@ViewScoped
public class RatesView implements Serializable {

    /** The id of the dialog's form. */
    static final String FORM_ID = "rateForm";

    @EJB
    private CurrencyRateService rates;

    private List<CurrencyRate> list = List.of();
    private String currency;
    private BigDecimal rate;
    private Integer version;
    private boolean editing;

    @PostConstruct
    void init() {
        list = rates.list();
    }

    public void startNew() {
        currency = null;
        rate = null;
        version = null;
        editing = false;
    }

    public void startEdit(CurrencyRate existing) {
        currency = existing.getCurrency();
        rate = existing.getRate().stripTrailingZeros();
        version = existing.getVersion();
        editing = true;
    }

    public void save() {
        try {
            rates.save(currency, rate, version);
            Texts.info("rates.message.saved", Money.normalizeCurrency(currency));
            list = rates.list();
        } catch (InvalidRateException e) {
            String field = switch (e.getError()) {
                case CURRENCY_INVALID, COMPANY_CURRENCY -> "currency";
                case STALE_EDIT -> null;
                default -> "rate";
            };
            FieldMessages.error(FORM_ID, field, Texts.get("RateError." + e.getError().name(),
                    e.getArguments().toArray()));
        }
    }

    public void remove(CurrencyRate existing) {
        try {
            rates.remove(existing.getCurrency());
            Texts.info("rates.message.removed", existing.getCurrency());
        } catch (RecordNotFoundException e) {
            Texts.error("rates.message.gone", existing.getCurrency());
        }
        list = rates.list();
    }

    /** Returns the currency's name in the page's language, such as "US Dollar". */
    public String nameOf(String code) {
        try {
            return Currency.getInstance(code).getDisplayName(FacesContext.getCurrentInstance().getViewRoot()
                    .getLocale());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public String getCompanyCurrency() {
        return CompanyCurrency.code();
    }

    public List<CurrencyRate> getList() {
        return list;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public boolean isEditing() {
        return editing;
    }
}
