package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Boss's account list with its account dialog. */
final class AccountListPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    AccountListPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts:table")));
    }

    AccountListPage openNewAccountDialog() {
        driver.findElement(By.id("accounts:create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountForm:login")));
        return this;
    }

    /** Fills the dialog for a salesperson; the superior is the option whose label contains the login. */
    AccountListPage fillSalesperson(String login, String name, String superiorLogin, String mobile, String email,
                                    String password) {
        type("accountForm:login", login);
        type("accountForm:displayName", name);
        selectSuperior(superiorLogin);
        type("accountForm:mobile", mobile);
        type("accountForm:email", email);
        type("accountForm:password", password);
        return this;
    }

    /** Presses Save and waits until the dialog closes. */
    AccountListPage saveAndClose() {
        driver.findElement(By.id("accountForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("accountForm:login")));
        return this;
    }

    /** Presses Save and waits for a message on the field; returns its text. */
    String saveExpectingError(String field) {
        driver.findElement(By.id("accountForm:save")).click();
        wait.until(d -> !fieldMessages(field).isEmpty());
        return fieldMessages(field).get(0).getText();
    }

    boolean dialogOpen() {
        return driver.findElement(By.id("accountForm:login")).isDisplayed();
    }

    /** Types into the login filter and waits until the table shows exactly one row with that login. */
    AccountListPage filterByLogin(String login) {
        WebElement filter = driver.findElement(By.cssSelector("#accounts\\:table th input.ui-column-filter"));
        filter.clear();
        filter.sendKeys(login, Keys.TAB);
        // The table body is replaced by each filter response, so a row read may go stale.
        wait.ignoring(StaleElementReferenceException.class).until(d -> logins().equals(List.of(login)));
        return this;
    }

    List<String> logins() {
        return driver.findElements(By.cssSelector("#accounts\\:table .account-login")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Returns the cells of the first row, in column order. */
    List<String> firstRowCells() {
        return driver.findElements(By.cssSelector("#accounts\\:table tbody tr:first-child td")).stream()
                .map(cell -> cell.getText().strip())
                .toList();
    }

    void logOut() {
        driver.findElement(By.id("logout")).click();
    }

    private List<WebElement> fieldMessages(String field) {
        return driver.findElements(By.xpath("//*[@id='accountForm:" + field + "']/ancestor::div[1]"
                + "//div[contains(@class,'ui-message-error')]"));
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Selects through the PrimeFaces widget, because its native select is hidden. */
    private void selectSuperior(String login) {
        String value = driver.findElements(By.cssSelector("#accountForm\\:superior_input option")).stream()
                .filter(option -> option.getAttribute("textContent").contains("(" + login + ")"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No superior option contains the login " + login))
                .getAttribute("value");
        ((JavascriptExecutor) driver).executeScript("PF('superiorMenu').selectValue(arguments[0])", value);
    }
}
