package org.xtoolscrm.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * A Manager drags deals of their team across the pipeline board, and the funnel
 * follows: a move to a later stage shifts the counts, and a drop on Lost requests the
 * reason and closes the deal. The team is new, so its funnel contains only these deals.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Pipeline board and funnel in the browser")
class PipelineBrowserTest {

    private static final String PASSWORD = "browser-secret";
    private static String prefix;
    private static String manager;
    private static long otherCustomer;
    private static long movedDeal;
    private static long lostDeal;

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "pb" + Long.toString(System.currentTimeMillis(), 36);
        manager = prefix + "-m";
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long managerId = Database.insertUser(connection, manager, "Zhao Min", "MANAGER", boss, PASSWORD);
            long seller = Database.insertUser(connection, prefix + "-s", "Sun Li", "SALES", managerId, PASSWORD);
            long customer = Database.insertCustomer(connection, prefix + "-c", prefix + " 南京金陵电子有限公司", seller);
            // A salesperson outside the manager's team, whose new deal the manager's funnel does not count.
            long other = Database.insertUser(connection, prefix + "-o", "Qian Yu", "SALES", boss, PASSWORD);
            otherCustomer = Database.insertCustomer(connection, prefix + "-d", prefix + " 无锡太湖光电有限公司", other);
            // Expected today, so the funnel's default period, this quarter, contains both deals.
            movedDeal = Database.insertDeal(connection, customer, seller, prefix + " Factory MES", "80000.00");
            lostDeal = Database.insertDeal(connection, customer, seller, prefix + " Warehouse scanners", "12000.00");
        }
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Dragging a card to another stage moves the deal and changes the funnel")
    void dragMovesDealAndFunnel() throws Exception {
        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(manager, PASSWORD);
        PipelinePages pages = new PipelinePages(driver);

        // The other test may have closed the second deal already, so the counts are read first.
        pages.openFunnel(WebSession.BASE_URL);
        int initialBefore = Integer.parseInt(pages.funnelCell("Initial contact", "funnel-count"));
        assertEquals("0", pages.funnelCell("Negotiation", "funnel-count"));

        pages.openBoard(WebSession.BASE_URL);
        assertEquals("INITIAL_CONTACT", pages.columnOf(movedDeal));
        Browser.screenshot(driver, "pipeline-board-before-en-desktop");
        pages.drag(movedDeal, "NEGOTIATION").waitForCard(movedDeal, "NEGOTIATION");
        assertTrue(pages.messages().contains("moved to Negotiation"), pages.messages());
        Browser.screenshot(driver, "pipeline-board-after-en-desktop");

        pages.openFunnel(WebSession.BASE_URL);
        assertEquals(String.valueOf(initialBefore - 1), pages.funnelCell("Initial contact", "funnel-count"));
        assertEquals("1", pages.funnelCell("Negotiation", "funnel-count"));
        assertEquals("80,000.00", pages.funnelCell("Negotiation", "funnel-amount"));
        // Both deals reached initial contact, and one went on, past the stages it skipped, to negotiation.
        assertEquals("50.0%", pages.funnelCell("Initial contact", "funnel-conversion"));
        Browser.screenshot(driver, "pipeline-funnel-en-desktop");

        driver.get(WebSession.BASE_URL + "/opportunity/view.xhtml?id=" + movedDeal + "&tab=stages");
        WebElement latest = driver.findElement(By.cssSelector(".crm-timeline .stage-change"));
        assertEquals("Initial contact", latest.findElement(By.cssSelector(".stage-from")).getText());
        assertEquals("Negotiation", latest.findElement(By.cssSelector(".stage-to")).getText());
        assertEquals("Zhao Min", latest.findElement(By.cssSelector(".stage-by")).getText());
    }

    @Test
    @DisplayName("Dropping a card on Lost requests the reason and closes the deal")
    void dropOnLostAsksForReason() throws Exception {
        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(manager, PASSWORD);
        PipelinePages pages = new PipelinePages(driver);

        pages.openBoard(WebSession.BASE_URL);
        pages.drag(lostDeal, "LOST");
        Browser.screenshot(driver, "pipeline-lost-dialog-en-desktop");
        pages.confirmLost("The customer postponed the project").waitForCard(lostDeal, null);
        assertTrue(pages.messages().contains("moved to Lost"), pages.messages());

        pages.openFunnel(WebSession.BASE_URL);
        assertTrue(pages.wonAndLost().contains("Lost: 1 deal, 12,000.00 CNY"), pages.wonAndLost());
    }

    @Test
    @DisplayName("A deal created on the customer's tab is checked, listed and shown on the board")
    void createOnCustomerTab() throws Exception {
        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(prefix + "-o", PASSWORD);
        FluentWait<WebDriver> wait = new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class);
        driver.get(WebSession.BASE_URL + "/customer/view.xhtml?id=" + otherCustomer + "&tab=opportunities");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:customer-opportunities:new-opportunity")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("opportunityForm:name")));

        driver.findElement(By.id("opportunityForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("opportunityForm"),
                "Enter a name for the opportunity."));
        assertTrue(driver.findElement(By.id("opportunityForm")).getText()
                .contains("Enter the amount; enter 0 if it is not known yet."));

        // The rejected save redrew the form, so its fields are found again.
        String dealName = prefix + " Clean room sensors";
        driver.findElement(By.id("opportunityForm:name")).sendKeys(dealName);
        driver.findElement(By.id("opportunityForm:amount")).sendKeys("45000");
        driver.findElement(By.id("opportunityForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("opportunityForm:name")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("tabs:customer-opportunities:table"), dealName));
        Browser.screenshot(driver, "opportunity-customer-tab-en-desktop");

        new PipelinePages(driver).openBoard(WebSession.BASE_URL);
        WebElement card = driver.findElement(By.xpath("//*[contains(@class,'crm-card-title')][normalize-space()='"
                + dealName + "']/ancestor::*[@data-stage][1]"));
        assertEquals("INITIAL_CONTACT", card.getAttribute("data-stage"));
    }
}
