package org.xtoolscrm.it.browser;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/** A salesperson adding and completing tasks on the customer view and the task list, in English and Chinese. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Tasks in the browser")
class TaskBrowserTest {

    private static final String PASSWORD = "browser-secret";
    private static String prefix;
    private static String seller;
    private static long sellerId;
    private static long customer;

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "tb" + Long.toString(System.currentTimeMillis(), 36);
        seller = prefix + "-s";
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            sellerId = Database.insertUser(connection, seller, "Lily Chen", "SALES", boss, PASSWORD);
            customer = Database.insertCustomer(connection, prefix + "-c", prefix + " 上海浦江贸易有限公司", sellerId);
            Database.insertContact(connection, customer, "Xu Jing", "Finance", true);
            long other = Database.insertCustomer(connection, prefix + "-h", prefix + " 杭州西溪科技", sellerId);
            Database.insertContact(connection, other, "Ye Qing", null, false);
            // An overdue task, which the service would not accept with a past due date.
            insertTask(connection, prefix + " Renew the service contract", CompanyCalendar.current().today().minusDays(2), "HIGH",
                    customer, sellerId);
        }
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Task added on the customer view is completed and listed")
    void addCompleteAndList() throws Exception {
        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);
        String subject = prefix + " Send the signed contract";

        TasksPage tab = TasksPage.customerTab(driver, WebSession.BASE_URL, customer).openNewDialog()
                .fill(subject, CompanyCalendar.current().today().plusDays(3), "High", "Two copies, by courier");
        Browser.screenshot(driver, "task-dialog-en-desktop");
        tab.save(subject);
        Browser.screenshot(driver, "task-tab-en-desktop");
        assertTrue(tab.rowText(subject).contains("High"), tab.rowText(subject));
        assertTrue(tab.rowText(prefix + " Renew the service contract").contains("Overdue"),
                tab.rowText(prefix + " Renew the service contract"));
        assertEquals(prefix + " Renew the service contract", tab.subjects().get(0), "overdue first");

        tab.complete(subject);
        assertTrue(tab.message().contains(subject), tab.message());
        tab.showState("Done");
        assertTrue(tab.subjects().contains(subject), tab.subjects().toString());
        assertTrue(tab.rowIsDone(subject));
        Browser.screenshot(driver, "task-tab-done-en-desktop");

        TasksPage list = TasksPage.taskList(driver);
        assertFalse(list.subjects().contains(subject), "open tasks only at first");
        assertTrue(list.subjects().contains(prefix + " Renew the service contract"));
        Browser.screenshot(driver, "task-list-open-en-desktop");
        list.showState("Done");
        assertTrue(list.subjects().contains(subject), list.subjects().toString());
        assertTrue(list.rowText(subject).contains(prefix + " 上海浦江贸易有限公司"), list.rowText(subject));
        Browser.screenshot(driver, "task-list-done-en-desktop");
    }

    @Test
    @DisplayName("Task created on the list is tied to the picked customer")
    void createOnListWithCustomer() throws Exception {
        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);
        String subject = prefix + " Ask for the tax certificate";

        TasksPage list = TasksPage.taskList(driver).openNewDialog()
                .fill(subject, CompanyCalendar.current().today().plusDays(5), "Low", "Needed for the invoice")
                .chooseCustomer(prefix + " 杭州", prefix + " 杭州西溪科技")
                .chooseContact("Ye Qing");
        assertEquals(List.of("No contact", "Ye Qing"), list.contactChoices());

        list.chooseCustomer(prefix + " 上海", prefix + " 上海浦江贸易有限公司");
        assertEquals(List.of("No contact", "Xu Jing (Finance)"), list.contactChoices(), "the new customer's contacts");
        assertEquals("No contact", list.contactLabel(), "the previous customer's contact is cleared");
        list.chooseContact("Xu Jing (Finance)");
        Browser.screenshot(driver, "task-list-dialog-en-desktop");
        list.save(subject);
        Browser.screenshot(driver, "task-list-created-en-desktop");

        assertTrue(list.rowText(subject).contains(prefix + " 上海浦江贸易有限公司"), list.rowText(subject));
        assertEquals("Xu Jing", list.rowContact(subject));
        TasksPage tab = TasksPage.customerTab(driver, WebSession.BASE_URL, customer);
        assertTrue(tab.subjects().contains(subject), tab.subjects().toString());
    }

    @Test
    @DisplayName("Chinese task list on a phone")
    void chineseOnPhone() throws Exception {
        driver = Browser.start("zh-CN");
        driver.manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);
        String subject = prefix + " 准备演示环境";

        TasksPage tab = TasksPage.customerTab(driver, WebSession.BASE_URL, customer).openNewDialog()
                .fill(subject, CompanyCalendar.current().today().plusDays(1), "普通", "演示新版本的报表功能");
        Browser.screenshot(driver, "task-dialog-zh-phone");
        tab.save(subject);
        Browser.screenshot(driver, "task-tab-zh-phone");
        assertTrue(tab.rowText(prefix + " Renew the service contract").contains("已逾期"),
                tab.rowText(prefix + " Renew the service contract"));

        TasksPage list = TasksPage.taskList(driver);
        assertTrue(list.subjects().contains(subject), list.subjects().toString());
        Browser.screenshot(driver, "task-list-zh-phone");

        driver.manage().window().setSize(new Dimension(1366, 900));
        TasksPage.taskList(driver);
        Browser.screenshot(driver, "task-list-zh-desktop");
    }

    private static void insertTask(Connection connection, String subject, LocalDate due, String priority,
                                   long customerId, long ownerId) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO task (subject, due_date, priority, customer_id, owner_id, done, created_at, updated_at, "
                        + "version) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, 0)")) {
            insert.setString(1, subject);
            insert.setDate(2, Date.valueOf(due));
            insert.setString(3, priority);
            insert.setLong(4, customerId);
            insert.setLong(5, ownerId);
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
        }
    }
}
