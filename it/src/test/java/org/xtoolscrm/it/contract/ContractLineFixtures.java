package org.xtoolscrm.it.contract;

import org.xtoolscrm.company.CompanyCalendar;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.xtoolscrm.contract.ContractForm;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.contract.PaymentForm;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.money.LineItemForm;

/**
 * Forms and the deployment shared by the tests of contract lines, invoices and deliveries.
 * The tests call the services themselves, as the identity each case needs.
 */
final class ContractLineFixtures {

    private ContractLineFixtures() {
    }

    /** Returns the application EAR with the test class, the shared support classes and this one. */
    static EnterpriseArchive deployment(Class<?> testClass) {
        EnterpriseArchive ear = Deployments.withTests(testClass);
        return ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "crm-contract-tests.jar")
                .addClass(ContractLineFixtures.class));
    }

    /** Returns an executing CNY contract of 10,000.00 on the customer, signed today, with a generated number. */
    static ContractForm contract(long customerId, String title) {
        ContractForm form = new ContractForm();
        form.setCustomerId(customerId);
        form.setTitle(title);
        form.setSignedOn(CompanyCalendar.current().today());
        form.setAmount(new BigDecimal("10000.00"));
        form.setCurrency("CNY");
        form.setStatus(ContractStatus.EXECUTING);
        return form;
    }

    /** Returns a bank transfer received today. */
    static PaymentForm payment(String amount) {
        return new PaymentForm(CompanyCalendar.current().today(), new BigDecimal(amount), "BANK_TRANSFER", null);
    }

    static LineItemForm line(String product, String quantity, String unitPrice, String discount) {
        return new LineItemForm(product, quantity == null ? null : new BigDecimal(quantity),
                unitPrice == null ? null : new BigDecimal(unitPrice), discount == null ? null : new BigDecimal(discount));
    }

    static List<LineItemForm> lines(LineItemForm... lines) {
        return List.of(lines);
    }
}
