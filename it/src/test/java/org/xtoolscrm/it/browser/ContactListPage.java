package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The list of all contacts, with its search box and main-contacts filter. */
final class ContactListPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    ContactListPage(WebDriver driver) {
        this.driver = driver;
        // Ajax updates replace table rows while a wait reads them; the next poll reads the new ones.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contacts:table")));
    }

    List<String> names() {
        return driver.findElements(By.cssSelector("#contacts\\:table_data a.contact-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> customers() {
        return driver.findElements(By.cssSelector("#contacts\\:table_data a.contact-customer")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Types into the search box and waits until the table shows exactly the expected names, in any order. */
    ContactListPage search(String text, List<String> expected) {
        WebElement search = driver.findElement(By.id("contacts:search"));
        search.clear();
        search.sendKeys(text);
        wait.until(d -> names().stream().sorted().toList().equals(expected.stream().sorted().toList()));
        return this;
    }

    /** Ticks "main contacts only" and waits until the table shows exactly the expected names. */
    ContactListPage mainOnly(List<String> expected) {
        driver.findElement(By.cssSelector("#contacts\\:main-only .ui-chkbox-box")).click();
        wait.until(d -> names().stream().sorted().toList().equals(expected.stream().sorted().toList()));
        return this;
    }

    /** Opens the customer of the contact on its contacts tab. */
    ContactsTab openContact(String name) {
        driver.findElement(By.xpath("//tbody[@id='contacts:table_data']//a[contains(@class,'contact-link') and "
                + "normalize-space(.)='" + name + "']")).click();
        return new ContactsTab(driver);
    }
}
