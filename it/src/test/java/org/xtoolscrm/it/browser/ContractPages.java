package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The deal view's stage path and contract button, the contract dialog (form
 * {@code contractForm}), the contract view with its payments tab (forms
 * {@code tabs:plans} and {@code tabs:payments}) and the instalment and payment dialogs
 * (forms {@code planForm} and {@code paymentForm}).
 */
final class ContractPages {

    private final WebDriver driver;
    private final FluentWait<WebDriver> wait;

    ContractPages(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    /** Opens a deal and moves it to a stage with the stage path's button of that label. */
    ContractPages moveDeal(String baseUrl, long dealId, String stageLabel) {
        driver.get(baseUrl + "/opportunity/view.xhtml?id=" + dealId);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//form[@id='path']//button[normalize-space()='" + stageLabel + "']"))).click();
        wait.until(Browser::ajaxIdle);
        return this;
    }

    /** Opens the contract dialog from the deal view, filled from the deal. */
    ContractPages startContractFromDeal() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:new-contract"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contractForm:title")));
        return this;
    }

    String dialogValue(String field) {
        return driver.findElement(By.id("contractForm:" + field)).getAttribute("value");
    }

    /** Saves the contract dialog and waits for the new contract's page, whose id it returns. */
    long saveNewContract() {
        driver.findElement(By.id("contractForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/contract/view.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contract-title")));
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    ContractPages openPayments(String baseUrl, long contractId) {
        driver.get(baseUrl + "/contract/view.xhtml?id=" + contractId + "&tab=payments");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:plans:plan-table")));
        return this;
    }

    /** Adds an instalment through its dialog and waits until the plan table shows it. */
    ContractPages addInstalment(LocalDate dueOn, String amount) {
        int rows = planRows();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:plans:new-plan"))).click();
        WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:dueOn_input")));
        // The dialog offers a date a month ahead; clear() leaves it in the date picker, so it is selected and replaced.
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        date.sendKeys(dueOn.toString(), Keys.ESCAPE);
        WebElement field = driver.findElement(By.id("planForm:planAmount"));
        field.clear();
        field.sendKeys(amount);
        driver.findElement(By.id("planForm:save-plan")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("planForm:planAmount")));
        wait.until(driver -> planRows() == rows + 1);
        return this;
    }

    /**
     * Records a payment through its dialog, which offers the first open instalment and its
     * open amount, with the method of the given label.
     */
    ContractPages recordPayment(String methodLabel) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:payments:new-payment"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paymentForm:paymentAmount")));
        SelectMenu.choose(driver, "paymentForm:method", methodLabel);
        driver.findElement(By.id("paymentForm:save-payment")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("paymentForm:paymentAmount")));
        wait.until(driver -> !driver.findElements(By.cssSelector("#tabs\\:payments\\:payment-table td.payment-amount"))
                .isEmpty());
        return this;
    }

    String paymentDialogAmount() {
        return driver.findElement(By.id("paymentForm:paymentAmount")).getAttribute("value");
    }

    int planRows() {
        return driver.findElements(By.cssSelector("#tabs\\:plans\\:plan-table tbody td.plan-instalment")).size();
    }

    /** Returns the text of a cell of the plan table's row, from 0, by the cell's style class. */
    String planCell(int row, String cellClass) {
        return driver.findElements(By.cssSelector("#tabs\\:plans\\:plan-table tbody tr")).get(row)
                .findElement(By.cssSelector("td." + cellClass)).getText().replaceAll("^.*\\n", "").strip();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText().strip();
    }
}
