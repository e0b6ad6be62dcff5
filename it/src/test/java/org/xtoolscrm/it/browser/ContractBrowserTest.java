package org.xtoolscrm.it.browser;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * A salesperson wins a deal, turns it into a contract with two instalments, records the
 * first payment, and finds the second instalment on the workbench and the right totals on
 * the customer page.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Contract from a won deal in the browser")
class ContractBrowserTest {

    private static final String PASSWORD = "browser-secret";

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Won deal to contract with two instalments, one paid, the other due on the workbench")
    void wonDealToContract() throws Exception {
        String prefix = "cb" + Long.toString(System.currentTimeMillis(), 36);
        String seller = prefix + "-s";
        long customer;
        long deal;
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long sellerId = Database.insertUser(connection, seller, "Hu Jun", "SALES", boss, PASSWORD);
            customer = Database.insertCustomer(connection, prefix + "-c", prefix + " 合肥科大仪器有限公司", sellerId);
            deal = Database.insertDeal(connection, customer, sellerId, prefix + " Lab equipment", "100000.00");
        }
        // The server and the tests run in the same default time zone.
        LocalDate today = CompanyCalendar.current().today();

        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);
        ContractPages pages = new ContractPages(driver);

        pages.moveDeal(WebSession.BASE_URL, deal, "Won").startContractFromDeal();
        assertEquals(prefix + " Lab equipment", pages.dialogValue("title"));
        assertEquals("100000.00", pages.dialogValue("amount"));
        Browser.screenshot(driver, "contract-dialog-from-deal-en-desktop");
        long contract = pages.saveNewContract();
        assertTrue(pages.text("contract-title").matches("HT\\d{6}-\\d{4} .*"), pages.text("contract-title"));
        assertEquals("Executing", pages.text("actions:contract-status"));

        pages.openPayments(WebSession.BASE_URL, contract)
                .addInstalment(today.plusDays(3), "40000")
                .addInstalment(today.plusDays(20), "60000");
        pages.recordPayment("Bank transfer");
        Browser.screenshot(driver, "contract-payments-en-desktop");

        assertEquals("paid", pages.planCell(0, "plan-state"));
        assertEquals("40,000.00", pages.planCell(0, "plan-settled"));
        assertEquals("open", pages.planCell(1, "plan-state"));
        assertEquals("60,000.00", pages.planCell(1, "plan-remaining"));

        driver.get(WebSession.BASE_URL + "/workbench.xhtml");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workbench-form:payment-table")));
        String due = driver.findElement(By.id("workbench-form:payment-table")).getText();
        assertTrue(due.contains("60,000.00 CNY"), due);
        assertTrue(due.contains("Instalment 2"), due);
        assertTrue(!due.contains("40,000.00"), "the paid instalment is not listed: " + due);
        Browser.screenshot(driver, "contract-workbench-due-en-desktop");

        driver.get(WebSession.BASE_URL + "/customer/view.xhtml?id=" + customer);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("total-contracts")));
        assertEquals("100,000.00 CNY", pages.text("total-contracts"));
        assertEquals("40,000.00 CNY", pages.text("total-payments"));
        assertEquals("60,000.00 CNY", pages.text("total-outstanding"));
        assertEquals("Active", driver.findElement(By.xpath("//dt[normalize-space()='Status']/following-sibling::dd[1]"))
                .getText().strip(), "the first executing contract makes the prospect active");
    }
}
