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

/** The contacts tab of the customer 360 view, with its contact dialog. */
final class ContactsTab {

    private static final By TABLE = By.id("tabs:contacts:table");
    private static final By DIALOG = By.id("tabs:contact-dialog");
    private static final By HISTORY = By.id("tabs:contact-history-dialog");

    private final WebDriver driver;
    private final WebDriverWait wait;

    ContactsTab(WebDriver driver) {
        this.driver = driver;
        // Ajax updates replace table rows while a wait reads them; the next poll reads the new ones.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(TABLE));
    }

    static ContactsTab open(WebDriver driver, String baseUrl, long customerId) {
        driver.get(baseUrl + "/customer/view.xhtml?id=" + customerId + "&tab=contacts");
        return new ContactsTab(driver);
    }

    /** Returns the names in the table, in the order shown. */
    List<String> names() {
        return driver.findElements(By.cssSelector("#tabs\\:contacts\\:table_data .contact-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Returns the names of the rows that carry the main-contact badge. */
    List<String> mainNames() {
        return driver.findElements(By.cssSelector("#tabs\\:contacts\\:table_data tr.contact-main .contact-name"))
                .stream().map(WebElement::getText).toList();
    }

    String titleOf(String name) {
        return row(name).findElement(By.cssSelector(".contact-title")).getText();
    }

    ContactsTab startNew() {
        driver.findElement(By.id("tabs:contacts:new-contact")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        wait.until(ExpectedConditions.elementToBeClickable(field("name")));
        return this;
    }

    ContactsTab startEdit(String name) {
        row(name).findElement(By.cssSelector(".contact-edit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        wait.until(d -> name.equals(d.findElement(field("name")).getAttribute("value")));
        return this;
    }

    /** Replaces the text of a dialog field, such as "name" or "email". */
    ContactsTab type(String field, String value) {
        WebElement input = driver.findElement(field(field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    ContactsTab typeBirthday(String isoDate) {
        WebElement input = driver.findElement(By.id("tabs:contact-form:birthday_input"));
        // clear() leaves the date picker's text in place, so select it and type over it.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), isoDate);
        return this;
    }

    ContactsTab tickMain() {
        driver.findElement(By.cssSelector("#tabs\\:contact-form\\:main .ui-chkbox-box")).click();
        return this;
    }

    String fieldValue(String field) {
        return driver.findElement(field(field)).getAttribute("value");
    }

    /** Saves and waits until the dialog closes and the table shows the name. */
    ContactsTab saveExpectingRow(String name) {
        save();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        wait.until(d -> names().contains(name));
        return this;
    }

    /** Saves and waits until the dialog shows its fields again after the response. */
    ContactsTab saveExpectingErrors() {
        save();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:contact-form")));
        return this;
    }

    /** Returns the error shown next to a dialog field, or an empty string when there is none. */
    String fieldError(String field) {
        return driver.findElements(By.cssSelector("[id='tabs:contact-form:" + field + "'] ~ .ui-message-error"))
                .stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Returns the dialog's own warning, such as the notice of a stale edit, or an empty string. */
    String dialogWarning() {
        return driver.findElements(By.cssSelector("[id='tabs:contact-form:dialog-messages'] .ui-messages-warn-summary"))
                .stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Clicks Save and waits until the response has replaced the dialog's form. */
    private void save() {
        WebElement form = driver.findElement(By.id("tabs:contact-form"));
        driver.findElement(By.id("tabs:contact-form:save")).click();
        wait.until(ExpectedConditions.stalenessOf(form));
    }

    boolean dialogVisible() {
        return driver.findElement(DIALOG).isDisplayed();
    }

    void cancel() {
        driver.findElement(By.id("tabs:contact-form:cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    }

    /** Deletes the contact after confirming, and waits until its row is gone. */
    ContactsTab delete(String name) {
        row(name).findElement(By.cssSelector(".contact-delete")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(d -> !names().contains(name));
        return this;
    }

    /** Opens the contact's change log and returns the changed fields it lists, newest first. */
    List<String> openHistory(String name) {
        row(name).findElement(By.cssSelector(".contact-history")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(HISTORY));
        return driver.findElements(By.cssSelector("[id='tabs:contact-history-form:contact-history_data'] "
                + ".history-field")).stream().map(WebElement::getText).toList();
    }

    void closeHistory() {
        driver.findElement(By.cssSelector("[id='tabs:contact-history-dialog'] .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(HISTORY));
    }

    String infoMessage() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='tabs:contacts:contact-messages'] .ui-messages-info-summary"))).getText();
    }

    ContactListPage openContactList() {
        driver.findElement(By.id("nav-contacts")).click();
        return new ContactListPage(driver);
    }

    private WebElement row(String name) {
        return driver.findElement(By.xpath("//tbody[@id='tabs:contacts:table_data']/tr[.//span[contains(@class,"
                + "'contact-name') and normalize-space(.)='" + name + "']]"));
    }

    private static By field(String field) {
        return By.id("tabs:contact-form:" + field);
    }
}
