package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The customer list: the lazy table with its filters. */
final class CustomerListPage {

    /** The table's filterDelay of 400 ms plus a margin for the request to leave. */
    private static final Duration FILTER_SETTLE = Duration.ofMillis(700);

    private final WebDriver driver;

    CustomerListPage(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("customers:table")));
    }

    String signedInAs() {
        return driver.findElement(By.id("signed-in-as")).getText();
    }

    List<String> customerNames() {
        return driver.findElements(By.cssSelector("#customers\\:table a.customer-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * Types into the name filter and waits until the table shows only rows that match,
     * one of them the expected name.
     */
    CustomerListPage filterByName(String prefix, String expectedFirstName) {
        WebElement filter = driver.findElement(By.cssSelector("#customers\\:table th input.ui-column-filter"));
        filter.clear();
        filter.sendKeys(prefix, Keys.TAB);
        long typedAt = System.nanoTime();
        // The table sends the filter request after its filterDelay, and the rows shown before
        // it may match already, so wait out the delay and the requests before reading rows.
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            if (System.nanoTime() - typedAt < FILTER_SETTLE.toNanos() || !Browser.ajaxIdle(d)) {
                return false;
            }
            List<String> names = customerNames();
            return names.contains(expectedFirstName) && names.stream().allMatch(name -> name.startsWith(prefix));
        });
        return this;
    }

    /** Ticks the selection checkbox of the row that shows the customer name. */
    CustomerListPage selectRow(String customerName) {
        By row = By.xpath("//tbody[@id='customers:table_data']/tr[.//a[normalize-space(.)='" + customerName + "']]");
        WebElement[] clicked = {null};
        // A late filter response may replace the row after the click, unselected; click the
        // new row then, once no request is under way.
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement current = d.findElement(row);
            if ("true".equals(current.getAttribute("aria-selected"))) {
                return true;
            }
            if (!current.equals(clicked[0]) && Browser.ajaxIdle(d)) {
                current.findElement(By.cssSelector(".ui-chkbox-box")).click();
                clicked[0] = current;
            }
            return false;
        });
        return this;
    }

    /** Transfers the selected rows to the user with the given picker label and returns the message shown. */
    String transferSelectedTo(String ownerLabel) {
        driver.findElement(By.id("customers:batch-transfer")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-transfer-dialog")));
        driver.findElement(By.id("batch-transfer-form:batch-new-owner")).click();
        By panel = By.id("batch-transfer-form:batch-new-owner_panel");
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("batch-transfer-form:batch-new-owner_filter")));
        filter.sendKeys(ownerLabel);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#batch-transfer-form\\:batch-new-owner_panel li[data-label='" + ownerLabel + "']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        driver.findElement(By.id("batch-transfer-form:batch-transfer-submit")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages .ui-messages-info-summary"))).getText();
    }

    ImportPage openImport() {
        driver.findElement(By.id("nav-import")).click();
        return new ImportPage(driver);
    }

    LoginLogPage openLoginLog() {
        driver.findElement(By.id("nav-login-log")).click();
        return new LoginLogPage(driver);
    }

    AccountListPage openAccounts() {
        driver.findElement(By.id("nav-accounts")).click();
        return new AccountListPage(driver);
    }

    PasswordPage openPasswordPage() {
        driver.findElement(By.id("nav-password")).click();
        return new PasswordPage(driver);
    }

    void logOut() {
        driver.findElement(By.id("logout")).click();
    }
}
