package org.xtoolscrm.it.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The notes and attachments tabs of the customer page. */
final class CustomerFilesPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private CustomerFilesPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the customer page on the given tab, "notes" or "attachments". */
    static CustomerFilesPage open(WebDriver driver, String baseUrl, long customerId, String tab) {
        driver.get(baseUrl + "/customer/view.xhtml?id=" + customerId + "&tab=" + tab);
        CustomerFilesPage page = new CustomerFilesPage(driver);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customer-name")));
        return page;
    }

    /** Adds a note through the dialog and waits until the list shows it. */
    CustomerFilesPage addNote(String text, boolean pinned) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:notes:add-note"))).click();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:note-form:text")));
        field.sendKeys(text);
        if (pinned) {
            driver.findElement(By.cssSelector("#tabs\\:note-form\\:pinned .ui-chkbox-box")).click();
        }
        driver.findElement(By.id("tabs:note-form:note-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tabs:note-dialog")));
        wait.until(d -> noteTexts().contains(text));
        return this;
    }

    /** Presses Save in an empty new-note dialog and returns the message shown next to the field. */
    String saveEmptyNote() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:notes:add-note"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:note-form:text")));
        driver.findElement(By.id("tabs:note-form:note-save")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#tabs\\:note-form .ui-message-error"))).getText();
    }

    void closeNoteDialog() {
        driver.findElement(By.id("tabs:note-form:note-cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tabs:note-dialog")));
    }

    List<String> noteTexts() {
        return driver.findElements(By.cssSelector("#tabs\\:notes\\:note-list .note-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> pinnedNoteTexts() {
        return driver.findElements(By.cssSelector("#tabs\\:notes\\:note-list tr.note-pinned .note-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * Switches to the attachments tab by clicking its header, scrolled into view first,
     * since on a phone the header row scrolls sideways and may hide it.
     */
    CustomerFilesPage openAttachmentsTab() {
        WebElement header = driver.findElement(By.cssSelector("#tabs a[href$='attachments-tab']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({inline: 'center'});", header);
        wait.until(ExpectedConditions.elementToBeClickable(header)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:attachment-upload:upload")));
        return this;
    }

    /** Chooses the files, presses Upload and waits until every file shows in the list. */
    CustomerFilesPage upload(String description, List<Path> files, List<String> expectedNames) {
        WebElement descriptionField = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("tabs:attachment-upload:description")));
        descriptionField.clear();
        descriptionField.sendKeys(description);
        driver.findElement(By.id("tabs:attachment-upload:upload_input")).sendKeys(files.stream()
                .map(file -> file.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#tabs\\:attachment-upload\\:upload .ui-fileupload-upload"))).click();
        wait.until(d -> attachmentNames().containsAll(expectedNames));
        return this;
    }

    /** Chooses a file without uploading it and returns the message the upload shows in the browser. */
    String chooseTooLargeFile(Path file) {
        driver.findElement(By.id("tabs:attachment-upload:upload_input")).sendKeys(file.toAbsolutePath().toString());
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#tabs\\:attachment-upload\\:upload .ui-messages-error"))).getText();
    }

    List<String> attachmentNames() {
        return driver.findElements(By.cssSelector("#tabs\\:attachments\\:attachment-list .attachment-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> uploadMessages() {
        return driver.findElements(By.cssSelector("#tabs\\:attachment-upload\\:upload-messages li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> attachmentDescriptions() {
        return driver.findElements(By.cssSelector("#tabs\\:attachments\\:attachment-list .attachment-description"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Clicks the download link of the attachment with the given name. */
    void download(String fileName) {
        driver.findElement(By.xpath("//a[contains(@class,'attachment-download')][.//span[normalize-space(.)='"
                + fileName + "']]")).click();
    }
}
