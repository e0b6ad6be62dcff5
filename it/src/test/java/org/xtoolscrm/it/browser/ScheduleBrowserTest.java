package org.xtoolscrm.it.browser;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * Salespeople and a manager using schedules in Chromium: the customer view's schedules tab,
 * the calendar's week view, links that open a prefilled dialog, and the reminders under
 * the header, in Chinese and English, at desktop and phone width. The test server runs in
 * the machine's time zone, which is therefore the company's.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Schedules in the browser")
class ScheduleBrowserTest {

    private static final String PASSWORD = "browser-secret";
    private static final Dimension PHONE = new Dimension(390, 844);
    private static String prefix;
    private static long boss;

    private WebDriver driver;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void setUp() throws Exception {
        if (prefix == null) {
            prefix = "sb" + Long.toString(System.currentTimeMillis(), 36);
            try (Connection connection = Database.connect()) {
                boss = Database.userId(connection, "boss");
            }
        }
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    @DisplayName("Schedule from the tab shows on workbench and week")
    void createOnTabSeeInWeek(String language) throws Exception {
        String login = prefix + "-c-" + language.toLowerCase();
        long customer = seller(login, "陈晓 " + language, prefix + " 华东贸易 " + language);
        String subject = prefix + " 拜访 " + language;
        String contact = "Wang Fang " + language;
        try (Connection connection = Database.connect()) {
            Database.insertContact(connection, customer, contact, "Buyer", false);
            Database.insertContact(connection, customer, "赵敏 " + language, "总经理", true);
        }
        start(language);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(login, PASSWORD);

        openTab(customer, "");
        String tabTitle = driver.findElement(By.cssSelector("#tabs a[href$='schedules-tab']")).getText();
        assertEquals(language.equals("en") ? "Schedules" : "日程", tabTitle);
        driver.findElement(By.id("tabs:schedule-list:new-schedule")).click();
        ScheduleDialog dialog = new ScheduleDialog(driver, "tabs:schedule-form").awaitOpen();
        String date = dialog.value("start-date_input");
        String missing = dialog.saveRejected("subject");
        assertEquals(language.equals("en") ? "Enter a subject, such as \"Visit to discuss the offer\"."
                : "请输入主题，例如“拜访洽谈报价”。", missing);
        Browser.screenshot(driver, "schedule-dialog-rejected-" + language);
        dialog.typeSubject(subject);
        assertEquals(List.of(language.equals("en") ? "No contact" : "不指定联系人", "赵敏 " + language + " (总经理)",
                contact + " (Buyer)"), dialog.contactChoices(), "no contact, then main contacts first");
        dialog.chooseContact(contact + " (Buyer)");
        Browser.screenshot(driver, "schedule-dialog-new-" + language);
        dialog.save();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:schedule-list:schedules"), subject));
        Browser.screenshot(driver, "schedule-tab-" + language);
        assertEquals(contact, scheduleRow(subject).findElement(By.cssSelector(".schedule-contact")).getText());

        // The workbench lists it too, since it starts within the next seven days.
        driver.findElement(By.id("nav-workbench")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workbench-form:schedules"), subject));
        Browser.screenshot(driver, "workbench-" + language);

        driver.get(WebSession.BASE_URL + "/schedule/calendar.xhtml?date=" + date);
        WebElement event = awaitEvent(subject);
        assertFalse(driver.findElements(By.cssSelector(".fc-timeGridWeek-view")).isEmpty(), "opens on the week");
        Browser.screenshot(driver, "schedule-calendar-week-" + language);

        event.click();
        ScheduleDialog edit = new ScheduleDialog(driver, "schedule-form").awaitOpen();
        assertEquals(subject, edit.value("subject"));
        assertEquals(contact + " (Buyer)", edit.contactLabel(), "the calendar's dialog shows the contact");
        Browser.screenshot(driver, "schedule-dialog-edit-" + language);
        edit.markDone();
        wait.until(d -> awaitEvent(subject).getAttribute("class").contains("schedule-done"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    @DisplayName("Link opens the prefilled dialog")
    void prefillLink(String language) throws Exception {
        String login = prefix + "-p-" + language.toLowerCase();
        long customer = seller(login, "Prefill " + language, prefix + " Prefill Ltd " + language);
        String subject = prefix + " 电话回访 & follow-up " + language;
        long contact;
        try (Connection connection = Database.connect()) {
            Database.insertContact(connection, customer, "周杰 " + language, null, true);
            contact = Database.insertContact(connection, customer, "刘洋 " + language, null, false);
        }
        start(language);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(login, PASSWORD);

        openTab(customer, "&newSchedule=2031-05-06&subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                + "&contact=" + contact);
        ScheduleDialog dialog = new ScheduleDialog(driver, "tabs:schedule-form").awaitOpen();
        Browser.screenshot(driver, "schedule-prefill-" + language);

        assertEquals(subject, dialog.value("subject"));
        assertEquals("2031-05-06", dialog.value("start-date_input"));
        assertEquals("09:00", dialog.value("start-time_input"));
        assertEquals("2031-05-06", dialog.value("end-date_input"));
        assertEquals("10:00", dialog.value("end-time_input"));
        assertEquals("刘洋 " + language, dialog.contactLabel(), "the link's contact is chosen");
        dialog.save();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:schedule-list:schedules"), subject));
        assertEquals("刘洋 " + language, scheduleRow(subject).findElement(By.cssSelector(".schedule-contact")).getText());
        try (Connection connection = Database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT contact_id, start_at, end_at FROM schedule WHERE subject = ?")) {
            select.setString(1, subject);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "saved");
                assertEquals(contact, row.getLong(1));
                assertEquals(utc(LocalDateTime.of(2031, 5, 6, 9, 0)), row.getObject(2, LocalDateTime.class));
                assertEquals(utc(LocalDateTime.of(2031, 5, 6, 10, 0)), row.getObject(3, LocalDateTime.class));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    @DisplayName("Calendar link opens the prefilled dialog; invalid links open none")
    void calendarPrefillAndInvalidLinks(String language) throws Exception {
        String login = prefix + "-l-" + language.toLowerCase();
        long customer = seller(login, "Links " + language, prefix + " Links Ltd " + language);
        start(language);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(login, PASSWORD);

        driver.get(WebSession.BASE_URL + "/schedule/calendar.xhtml?newSchedule=2031-06-02&subject=Demo%20day");
        ScheduleDialog dialog = new ScheduleDialog(driver, "schedule-form").awaitOpen();
        assertEquals("Demo day", dialog.value("subject"));
        assertEquals("2031-06-02", dialog.value("start-date_input"));
        assertEquals("09:00", dialog.value("start-time_input"));
        Browser.screenshot(driver, "schedule-calendar-prefill-" + language);

        driver.get(WebSession.BASE_URL + "/schedule/calendar.xhtml?newSchedule=2031-02-30&subject=x&contact=-1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-view")));
        assertFalse(new ScheduleDialog(driver, "schedule-form").isOpen(), "no dialog for an invalid date");

        openTab(customer, "&newSchedule=yesterday&subject=x&contact=abc");
        assertFalse(new ScheduleDialog(driver, "tabs:schedule-form").isOpen(), "no dialog for an invalid date");
        assertTrue(driver.findElements(By.cssSelector(".crm-error, .ui-messages-error")).isEmpty(), "no error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    @DisplayName("Due reminder shows under the header until dismissed")
    void reminderShowsUntilDismissed(String language) throws Exception {
        String login = prefix + "-r-" + language.toLowerCase();
        long customer = seller(login, "Reminder " + language, prefix + " 提醒客户 " + language);
        String subject = prefix + " 十分钟后开会 " + language;
        long id;
        try (Connection connection = Database.connect()) {
            id = insertSchedule(connection, Database.userId(connection, login), customer, subject,
                    Instant.now().plus(Duration.ofMinutes(10)), 15);
        }
        start(language);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(login, PASSWORD);

        WebElement reminder = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#reminders .crm-reminder")));
        assertTrue(reminder.getText().contains(subject), reminder.getText());
        Browser.screenshot(driver, "schedule-reminder-" + language);

        reminder.findElement(By.cssSelector(".crm-reminder-subject")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:schedule-list:schedules"), subject));

        driver.findElement(By.cssSelector("#reminders .crm-reminder-dismiss")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#reminders .crm-reminder")));
        try (Connection connection = Database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT reminder_dismissed FROM schedule WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertTrue(row.getBoolean(1), "dismissed in the database");
            }
        }
    }

    @Test
    @DisplayName("Manager sees the team's calendar with owner names")
    void managerTeamCalendar() throws Exception {
        String manager = prefix + "-mgr";
        LocalDate day = CompanyCalendar.current().today().plusDays(2);
        try (Connection connection = Database.connect()) {
            long managerId = Database.insertUser(connection, manager, "Team Manager", "MANAGER", boss, PASSWORD);
            for (String name : List.of("Anna", "Bo")) {
                long seller = Database.insertUser(connection, prefix + "-" + name.toLowerCase(), name + " Seller",
                        "SALES", managerId, PASSWORD);
                insertSchedule(connection, seller, null, prefix + " plan of " + name,
                        day.atTime(name.equals("Anna") ? 10 : 14, 0).atZone(CompanyCalendar.current().zone()).toInstant(), null);
            }
        }
        start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(manager, PASSWORD);
        driver.get(WebSession.BASE_URL + "/schedule/calendar.xhtml?date=" + day);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-view")));

        SelectMenu.choose(driver, "calendar-form:whose", "My team");

        awaitEvent("Anna Seller · " + prefix + " plan of Anna");
        awaitEvent("Bo Seller · " + prefix + " plan of Bo");
        Browser.screenshot(driver, "schedule-calendar-team-en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    @DisplayName("Tab, calendar and dialog fit a phone")
    void phoneWidth(String language) throws Exception {
        String login = prefix + "-m-" + language.toLowerCase();
        long customer = seller(login, "Mobile " + language, prefix + " 移动客户 " + language);
        try (Connection connection = Database.connect()) {
            long owner = Database.userId(connection, login);
            insertSchedule(connection, owner, customer, prefix + " 手机上看的日程 " + language,
                    Instant.now().plus(Duration.ofMinutes(5)), 15);
            insertSchedule(connection, owner, customer, prefix + " 明天的拜访 " + language,
                    Instant.now().plus(Duration.ofDays(1)), 15);
        }
        start(language);
        driver.manage().window().setSize(PHONE);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(login, PASSWORD);

        openTab(customer, "");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:schedule-list:schedules"),
                prefix + " 明天的拜访"));
        Browser.screenshot(driver, "schedule-tab-phone-" + language);

        driver.findElement(By.id("tabs:schedule-list:new-schedule")).click();
        new ScheduleDialog(driver, "tabs:schedule-form").awaitOpen();
        Browser.screenshot(driver, "schedule-dialog-phone-" + language);

        driver.get(WebSession.BASE_URL + "/schedule/calendar.xhtml");
        awaitEvent(prefix + " 手机上看的日程");
        assertFalse(driver.findElements(By.cssSelector(".fc-timeGridDay-view")).isEmpty(), "a phone opens on the day");
        Browser.screenshot(driver, "schedule-calendar-phone-" + language);
    }

    private void start(String language) throws Exception {
        driver = Browser.start(language);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // The calendar redraws its events after each load, so an element found a moment ago may be gone.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Opens the customer's schedules tab with extra query text and waits for its list. */
    private void openTab(long customer, String query) {
        driver.get(WebSession.BASE_URL + "/customer/view.xhtml?id=" + customer + "&tab=schedules" + query);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:schedule-list:schedules")));
    }

    /** Returns the row of the schedules tab whose subject is the given one. */
    private WebElement scheduleRow(String subject) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='tabs:schedule-list:schedules'] tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector(".schedule-subject")).isEmpty())
                .filter(row -> row.findElement(By.cssSelector(".schedule-subject")).getText().equals(subject))
                .findFirst()
                .orElse(null));
    }

    /** Waits for the calendar event whose text contains the title and returns it. */
    private WebElement awaitEvent(String title) {
        return wait.until(d -> d.findElements(By.cssSelector(".fc-event")).stream()
                .filter(element -> element.getText().contains(title))
                .findFirst()
                .orElse(null));
    }

    /** Creates a salesperson under the Boss with one customer and returns the customer's id. */
    private static long seller(String login, String name, String customerName) throws SQLException {
        try (Connection connection = Database.connect()) {
            long seller = Database.insertUser(connection, login, name, "SALES", boss, PASSWORD);
            return Database.insertCustomer(connection, login + "-c", customerName, seller);
        }
    }

    /** Inserts a one-hour schedule as the service stores it, with its reminder time. */
    private static long insertSchedule(Connection connection, long ownerId, Long customerId, String subject,
                                       Instant start, Integer reminderMinutes) throws SQLException {
        Instant end = start.plus(Duration.ofHours(1));
        Instant remindAt = reminderMinutes == null ? null : start.minus(Duration.ofMinutes(reminderMinutes));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schedule (owner_id, start_at, end_at, all_day, schedule_type, subject, customer_id, "
                        + "done, reminder_minutes, remind_at, reminder_dismissed, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, FALSE, 'MEETING', ?, ?, FALSE, ?, ?, FALSE, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, ownerId);
            insert.setObject(2, utc(start));
            insert.setObject(3, utc(end));
            insert.setString(4, subject);
            insert.setObject(5, customerId);
            insert.setObject(6, reminderMinutes);
            insert.setObject(7, remindAt == null ? null : utc(remindAt));
            insert.setObject(8, utc(Instant.now()));
            insert.setObject(9, utc(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Returns the UTC wall-clock time the database stores for an instant. */
    private static LocalDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDateTime();
    }

    /** Returns the UTC wall-clock time of a time on the server's clock, which is the company's here. */
    private static LocalDateTime utc(LocalDateTime companyTime) {
        return utc(companyTime.atZone(CompanyCalendar.current().zone()).toInstant());
    }
}
