package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A task table with its state filter and the task dialog: the customer view's tasks tab
 * (form {@code tabs:customer-tasks}, dialog form {@code tabs:taskForm}) or the task list
 * page (form {@code tasks}, dialog form {@code taskForm}).
 */
final class TasksPage {

    private final WebDriver driver;
    /** Waits that retry a check whose element the page replaced meanwhile, as after an AJAX update. */
    private final FluentWait<WebDriver> wait;
    private final String form;
    private final String dialogForm;

    private TasksPage(WebDriver driver, String form, String dialogForm) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class);
        this.form = form;
        this.dialogForm = dialogForm;
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(form + ":table")));
    }

    /** Opens the customer view on its tasks tab. */
    static TasksPage customerTab(WebDriver driver, String baseUrl, long customerId) {
        driver.get(baseUrl + "/customer/view.xhtml?id=" + customerId + "&tab=tasks");
        return new TasksPage(driver, "tabs:customer-tasks", "tabs:taskForm");
    }

    /** Opens the task list through the navigation link. */
    static TasksPage taskList(WebDriver driver) {
        driver.findElement(By.id("nav-tasks")).click();
        return new TasksPage(driver, "tasks", "taskForm");
    }

    TasksPage openNewDialog() {
        driver.findElement(By.id(form + ":new-task")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(dialogForm + ":subject")));
        return this;
    }

    TasksPage fill(String subject, LocalDate due, String priorityLabel, String description) {
        WebElement field = driver.findElement(By.id(dialogForm + ":subject"));
        field.clear();
        field.sendKeys(subject);
        WebElement date = driver.findElement(By.id(dialogForm + ":dueDate_input"));
        date.clear();
        date.sendKeys(due.toString());
        driver.findElement(By.xpath("//*[@id='" + dialogForm + ":priority']//*[normalize-space(text())='"
                + priorityLabel + "']")).click();
        WebElement text = driver.findElement(By.id(dialogForm + ":description"));
        text.clear();
        text.sendKeys(description);
        return this;
    }

    /**
     * Picks the customer whose name starts with the typed text from the dialog's customer picker,
     * replacing a customer picked before, and waits for the contact picker to follow.
     */
    TasksPage chooseCustomer(String typed, String name) {
        WebElement input = driver.findElement(By.id(dialogForm + ":customer_input"));
        input.clear();
        input.sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + dialogForm
                + ":customer_panel'] li[data-item-label='" + name + "']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialogForm + ":customer_panel")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(dialogForm + ":contact")));
        wait.until(Browser::ajaxIdle);
        return this;
    }

    /** Picks a contact in the dialog's contact picker by its label, such as "王芳 (采购经理)". */
    TasksPage chooseContact(String label) {
        SelectMenu.choose(driver, dialogForm + ":contact", label);
        return this;
    }

    /** Returns the label that the dialog's contact picker shows. */
    String contactLabel() {
        return driver.findElement(By.id(dialogForm + ":contact_label")).getText().strip();
    }

    /** Returns the labels of the contact picker's choices, in their order. */
    List<String> contactChoices() {
        return SelectMenu.options(driver, dialogForm + ":contact");
    }

    /** Returns the contact shown in the row of the subject. */
    String rowContact(String subject) {
        return row(subject).findElement(By.cssSelector(".task-contact")).getText();
    }

    /** Saves the dialog and waits until it closes and the table shows the subject. */
    TasksPage save(String subject) {
        driver.findElement(By.id(dialogForm + ":save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialogForm + ":subject")));
        wait.until(d -> subjects().contains(subject));
        return this;
    }

    /** Shows the tasks in the given state, by the label of the state button. */
    TasksPage showState(String label) {
        driver.findElement(By.xpath("//*[@id='" + form + ":state']//*[normalize-space(text())='" + label + "']"))
                .click();
        // The filter replaces the table, so wait for the old one to go and the new one to show.
        wait.until(ExpectedConditions.stalenessOf(driver.findElement(By.id(form + ":table"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(form + ":table")));
        return this;
    }

    /** Clicks the row's Done button and waits until the row leaves the list of open tasks. */
    TasksPage complete(String subject) {
        row(subject).findElement(By.cssSelector(".task-complete")).click();
        wait.until(d -> !subjects().contains(subject));
        return this;
    }

    List<String> subjects() {
        return driver.findElements(By.cssSelector("[id='" + form + ":table'] .task-subject")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Returns the text of the row that shows the subject. */
    String rowText(String subject) {
        return row(subject).getText();
    }

    boolean rowIsDone(String subject) {
        return row(subject).getAttribute("class").contains("task-done");
    }

    String message() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages .ui-messages-info-summary"))).getText();
    }

    private WebElement row(String subject) {
        return driver.findElement(By.xpath("//tbody[@id='" + form + ":table_data']/tr[.//*[contains(@class,"
                + "'task-subject') and normalize-space(.)='" + subject + "']]"));
    }
}
