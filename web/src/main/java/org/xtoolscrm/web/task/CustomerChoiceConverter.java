package org.xtoolscrm.web.task;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.web.Texts;

/**
 * Converts the customer picker's value, the customer's id, to a {@link CustomerChoice}.
 * It loads the customer through the access rules, so a submitted id of a customer the
 * user may not see is rejected with a message, whatever the browser sends. The page gets
 * it from {@link TaskEditor#getCustomerConverter()}, which passes the service in.
 */
public final class CustomerChoiceConverter implements Converter<CustomerChoice> {

    private final CustomerService customers;

    public CustomerChoiceConverter(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public CustomerChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Customer customer = customers.getVisible(Long.parseLong(value.strip()));
            return new CustomerChoice(customer.getId(), customer.getName());
        } catch (NumberFormatException | RecordNotFoundException e) {
            String text = Texts.get("task.message.customerNotFound");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerChoice value) {
        return value == null ? "" : String.valueOf(value.getId());
    }
}
