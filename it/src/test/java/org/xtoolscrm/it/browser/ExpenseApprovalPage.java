package org.xtoolscrm.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The approval list of Managers and Bosses, with its decision dialog. */
final class ExpenseApprovalPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private ExpenseApprovalPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval:table")));
    }

    static ExpenseApprovalPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/expense/approval.xhtml");
        return new ExpenseApprovalPage(driver);
    }

    /** Ticks the selection checkbox of the row of the customer's expense. */
    ExpenseApprovalPage selectRow(String customerName) {
        By row = By.xpath("//tbody[@id='approval:table_data']/tr[.//*[contains(@class,'expense-customer') and "
                + "normalize-space(.)='" + customerName + "']]");
        driver.findElement(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> "true".equals(d.findElement(row).getAttribute("aria-selected")));
        return this;
    }

    /** Opens the decision dialog to approve or reject the selection, and types the reason when given. */
    ExpenseApprovalPage openDecision(boolean approve, String reason) {
        driver.findElement(By.id(approve ? "approval:approve" : "approval:reject")).click();
        WebElement reasonField = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("decision-form:reason")));
        if (reason != null) {
            reasonField.sendKeys(reason);
        }
        return this;
    }

    /** Submits the decision dialog and returns the result message. */
    String submit() {
        driver.findElement(By.id("decision-form:decision-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decision-dialog")));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages .ui-messages-info-summary"))).getText();
    }

    /** Submits the decision dialog expecting it to stay open, and returns the message next to the reason. */
    String submitExpectingReasonError() {
        driver.findElement(By.id("decision-form:decision-submit")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#decision-form .ui-message-error"))).getText();
    }
}
