package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The activities tab of the customer view: the timeline, the activity dialog and the follow-up offer. */
final class ActivitiesTab {

    private final WebDriver driver;
    /** Waits that retry a check whose element the page replaced meanwhile, as after an AJAX update. */
    private final FluentWait<WebDriver> wait;

    private ActivitiesTab(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:activities:new-activity")));
    }

    /** Opens the customer view on its activities tab. */
    static ActivitiesTab open(WebDriver driver, String baseUrl, long customerId) {
        driver.get(baseUrl + "/customer/view.xhtml?id=" + customerId + "&tab=activities");
        return new ActivitiesTab(driver);
    }

    ActivitiesTab openNewDialog() {
        driver.findElement(By.id("tabs:activities:new-activity")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:activityForm:content")));
        return this;
    }

    /** Picks an activity type by its label in the dialog's type menu. */
    ActivitiesTab chooseType(String label) {
        SelectMenu.choose(driver, "tabs:activityForm:type", label);
        return this;
    }

    /** Picks a contact by its label, such as "王芳 (采购经理)", in the dialog's contact picker. */
    ActivitiesTab chooseContact(String label) {
        SelectMenu.choose(driver, "tabs:activityForm:contact", label);
        return this;
    }

    ActivitiesTab fill(String content, String outcome, String nextStep, LocalDate nextStepDate) {
        type(By.id("tabs:activityForm:content"), content);
        type(By.id("tabs:activityForm:outcome"), outcome);
        type(By.id("tabs:activityForm:nextStep"), nextStep);
        WebElement date = driver.findElement(By.id("tabs:activityForm:nextStepDate_input"));
        date.clear();
        date.sendKeys(nextStepDate.toString());
        return this;
    }

    /** Saves the dialog and waits for the follow-up offer. */
    ActivitiesTab saveExpectingFollowUp() {
        driver.findElement(By.id("tabs:activityForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:followUpForm:accept")));
        return this;
    }

    /** Saves the dialog and returns the first field message, which keeps the dialog open. */
    String saveExpectingFieldError() {
        driver.findElement(By.id("tabs:activityForm:save")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[id='tabs:activityForm'] div.ui-message-error"))).getText();
    }

    /** Returns the link of the follow-up offer's accept button. */
    String followUpHref() {
        WebElement accept = driver.findElement(By.id("tabs:followUpForm:accept"));
        return accept.getTagName().equals("a") ? accept.getAttribute("href")
                : accept.findElement(By.tagName("a")).getAttribute("href");
    }

    String followUpText() {
        return driver.findElement(By.id("tabs:followUpForm")).getText();
    }

    ActivitiesTab declineFollowUp() {
        driver.findElement(By.id("tabs:followUpForm:decline")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tabs:followUpForm:accept")));
        return this;
    }

    void acceptFollowUp() {
        WebElement accept = driver.findElement(By.id("tabs:followUpForm:accept"));
        (accept.getTagName().equals("a") ? accept : accept.findElement(By.tagName("a"))).click();
    }

    /** Returns the text of each timeline entry, newest first. */
    List<String> entries() {
        return driver.findElements(By.cssSelector(".crm-timeline .activity-entry")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Returns the labels of the contact picker's choices, in their order. */
    List<String> contactChoices() {
        return SelectMenu.options(driver, "tabs:activityForm:contact");
    }

    /**
     * Returns whether a field of the dialog sits beside its label, in the same row of the form
     * grid: the label is left of the field and its top lies within the field's height.
     */
    boolean labelBesideField(String fieldId) {
        Rectangle field = driver.findElement(By.id("tabs:activityForm:" + fieldId)).getRect();
        Rectangle label = driver.findElement(By.cssSelector("label[for='tabs:activityForm:" + fieldId + "']"))
                .getRect();
        boolean leftOf = label.getX() + label.getWidth() <= field.getX();
        boolean sameRow = label.getY() >= field.getY() && label.getY() <= field.getY() + field.getHeight();
        return leftOf && sameRow;
    }

    /** Returns the contact shown on the newest timeline entry, or null when it shows none. */
    String newestContact() {
        WebElement newest = driver.findElements(By.cssSelector(".crm-timeline .activity-entry")).get(0);
        List<WebElement> contacts = newest.findElements(By.cssSelector(".activity-contact .activity-detail-value"));
        return contacts.isEmpty() ? null : contacts.get(0).getText();
    }

    /** Waits until the newest entry contains the text. */
    ActivitiesTab awaitNewest(String text) {
        wait.until(d -> {
            List<String> entries = entries();
            return !entries.isEmpty() && entries.get(0).contains(text);
        });
        return this;
    }

    private void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        if (text != null) {
            element.sendKeys(text);
        }
    }
}
