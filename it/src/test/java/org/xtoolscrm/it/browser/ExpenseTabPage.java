package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The expenses tab of the customer 360 view, with its expense dialog. */
final class ExpenseTabPage {

    private static final By DIALOG = By.id("tabs:expense-dialog");
    private static final By AMOUNT = By.id("tabs:expense-form:amount");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private ExpenseTabPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:expenses:new-expense")));
    }

    static ExpenseTabPage open(WebDriver driver, String baseUrl, long customerId) {
        driver.get(baseUrl + "/customer/view.xhtml?id=" + customerId + "&tab=expenses");
        return new ExpenseTabPage(driver);
    }

    String approvedTotal() {
        return driver.findElement(By.id("expense-approved-total")).getText().strip();
    }

    ExpenseTabPage openNewDialog() {
        driver.findElement(By.id("tabs:expenses:new-expense")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(AMOUNT));
        return this;
    }

    /** Fills the open dialog: picks the type by its label and types the amount and description. */
    ExpenseTabPage fill(String typeLabel, String amount, String description) {
        SelectMenu.choose(driver, "tabs:expense-form:type", typeLabel);
        WebElement amountField = driver.findElement(AMOUNT);
        amountField.clear();
        amountField.sendKeys(amount);
        WebElement descriptionField = driver.findElement(By.id("tabs:expense-form:description"));
        descriptionField.clear();
        descriptionField.sendKeys(description);
        return this;
    }

    /** Saves the dialog and returns the message next to the amount field, which the save must produce. */
    String saveExpectingAmountError() {
        driver.findElement(By.id("tabs:expense-form:save")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='tabs:expense-form:amount']/parent::div//*[contains(@class,"
                        + "'ui-message-error')]"))).getText();
    }

    /** Saves the dialog, waits until it closes and returns the page's message. */
    String save() {
        driver.findElement(By.id("tabs:expense-form:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages .ui-messages-info-summary"))).getText();
    }

    /** Returns the status labels of the listed expenses, top to bottom. */
    List<String> statuses() {
        return driver.findElements(By.cssSelector("#tabs\\:expenses\\:table .expense-status")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> amounts() {
        return driver.findElements(By.cssSelector("#tabs\\:expenses\\:table .expense-amount")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> reasons() {
        return driver.findElements(By.cssSelector("#tabs\\:expenses\\:table .expense-reason")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
