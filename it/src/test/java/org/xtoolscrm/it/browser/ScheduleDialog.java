package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The schedule dialog, on the calendar page (form id schedule-form) or inside the customer
 * view's tabs (tabs:schedule-form).
 */
final class ScheduleDialog {

    private final WebDriver driver;
    private final String form;
    private final By dialog;
    private final WebDriverWait wait;

    ScheduleDialog(WebDriver driver, String formClientId) {
        this.driver = driver;
        this.form = formClientId;
        this.dialog = By.id(formClientId.replace("schedule-form", "schedule-dialog"));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Waits until the dialog shows. */
    ScheduleDialog awaitOpen() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(dialog));
        wait.until(ExpectedConditions.visibilityOfElementLocated(field("subject")));
        return this;
    }

    boolean isOpen() {
        return driver.findElements(dialog).stream().anyMatch(WebElement::isDisplayed);
    }

    String value(String fieldId) {
        return driver.findElement(field(fieldId)).getAttribute("value");
    }

    ScheduleDialog typeSubject(String subject) {
        WebElement input = driver.findElement(field("subject"));
        input.clear();
        input.sendKeys(subject);
        return this;
    }

    /** Picks a contact in the contact picker by its label, such as "王芳 (采购经理)". */
    ScheduleDialog chooseContact(String label) {
        SelectMenu.choose(driver, form + ":contact", label);
        return this;
    }

    /** Returns the label that the contact picker shows. */
    String contactLabel() {
        return driver.findElement(field("contact_label")).getText().strip();
    }

    /** Returns the labels of the contact picker's choices, in their order. */
    List<String> contactChoices() {
        return SelectMenu.options(driver, form + ":contact");
    }

    /** Saves and waits until the dialog has closed. */
    void save() {
        driver.findElement(field("save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(dialog));
    }

    /** Saves a form the server rejects and returns the message shown next to the field. */
    String saveRejected(String fieldId) {
        driver.findElement(field("save")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[id='" + form + ":" + fieldId + "'] ~ .ui-message-error"))).getText();
    }

    /** Marks the open schedule done and waits until the dialog has closed. */
    void markDone() {
        driver.findElement(field("mark-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(dialog));
    }

    /** Returns the id of the field as the browser sees it. */
    By field(String fieldId) {
        return By.id(form + ":" + fieldId);
    }
}
