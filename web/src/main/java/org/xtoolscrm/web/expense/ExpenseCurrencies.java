package org.xtoolscrm.web.expense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ISO 4217 currencies an expense may be in, for the currency picker: the ones
 * Chinese companies use most first, then the others by code. Currencies without a minor
 * unit, such as gold (XAU), are left out because they are not money spent on a customer.
 */
@Named
@ApplicationScoped
public class ExpenseCurrencies {

    /** The currencies offered first, in this order. */
    static final List<String> COMMON = List.of("CNY", "HKD", "USD", "EUR", "JPY", "GBP", "TWD", "SGD", "KRW");

    private final Map<Locale, List<SelectItem>> itemsByLocale = new ConcurrentHashMap<>();

    public List<SelectItem> getItems() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return itemsByLocale.computeIfAbsent(locale, ExpenseCurrencies::items);
    }

    static List<SelectItem> items(Locale locale) {
        List<Currency> others = Currency.getAvailableCurrencies().stream()
                .filter(currency -> currency.getDefaultFractionDigits() >= 0)
                .filter(currency -> !COMMON.contains(currency.getCurrencyCode()))
                .sorted(Comparator.comparing(Currency::getCurrencyCode))
                .toList();
        List<SelectItem> items = new ArrayList<>();
        COMMON.forEach(code -> items.add(item(Currency.getInstance(code), locale)));
        others.forEach(currency -> items.add(item(currency, locale)));
        return List.copyOf(items);
    }

    private static SelectItem item(Currency currency, Locale locale) {
        return new SelectItem(currency.getCurrencyCode(),
                currency.getCurrencyCode() + " · " + currency.getDisplayName(locale));
    }
}
