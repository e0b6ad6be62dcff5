package org.xtoolscrm.web.schedule;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.Map;

/**
 * Converts the schedule dialog's customer search between a customer and its id. It maps
 * only ids the dialog offered, so a forged id from the browser converts to no customer;
 * the service checks visibility again on save.
 */
final class CustomerChoiceConverter implements Converter<CustomerChoice>, Serializable {

    private final Map<Long, CustomerChoice> offered;

    CustomerChoiceConverter(Map<Long, CustomerChoice> offered) {
        this.offered = offered;
    }

    @Override
    public CustomerChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return offered.get(Long.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerChoice value) {
        return value == null ? "" : String.valueOf(value.getId());
    }
}
