package org.xtoolscrm.it.browser;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * A salesperson keeps the contacts of a customer on its 360 view and finds them on the
 * contact list, in Chinese and in English, on a desktop and on a phone-sized screen.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Contacts in the browser")
class ContactBrowserTest {

    private static final String PASSWORD = "browser-secret";
    private static final Dimension PHONE = new Dimension(390, 844);

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Salesperson adds, edits and finds contacts in Chinese")
    void inChinese() throws Exception {
        walkWithScreenshotOnFailure("zh-CN");
    }

    @Test
    @DisplayName("Salesperson adds, edits and finds contacts in English")
    void inEnglish() throws Exception {
        walkWithScreenshotOnFailure("en");
    }

    /** Runs the walk and keeps a screenshot of the page where it failed. */
    private void walkWithScreenshotOnFailure(String language) throws Exception {
        try {
            addEditAndFind(language);
        } catch (Exception | AssertionError e) {
            if (driver != null) {
                Browser.screenshot(driver, "contact-" + language + "-failed");
            }
            throw e;
        }
    }

    private void addEditAndFind(String language) throws Exception {
        String prefix = "cb" + Long.toString(System.nanoTime(), 36);
        String shot = "contact-" + (language.startsWith("zh") ? "zh" : "en") + "-";
        long customerId;
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long seller = Database.insertUser(connection, prefix + "-s", "联系人销售", "SALES", boss, PASSWORD);
            customerId = Database.insertCustomer(connection, prefix + "-c", prefix + " 杭州云帆科技有限公司", seller);
        }
        driver = Browser.start(language);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(prefix + "-s", PASSWORD);
        String main = prefix + " 王芳";
        String other = prefix + " Li Lei";

        ContactsTab tab = ContactsTab.open(driver, WebSession.BASE_URL, customerId);
        Browser.screenshot(driver, shot + "tab-empty");

        tab.startNew().type("email", "wang.fang@").typeBirthday("2999-01-01").saveExpectingErrors();
        Browser.screenshot(driver, shot + "dialog-invalid");
        assertFalse(tab.fieldError("name").isBlank(), "name error");
        assertTrue(tab.fieldError("email").contains("wang.fang@"), tab.fieldError("email"));
        assertTrue(tab.fieldError("birthday").contains(String.valueOf(CompanyCalendar.current().today().getYear())),
                tab.fieldError("birthday"));
        assertEquals("", tab.fieldError("mobile"), "valid field has no error");

        tab.type("name", main).type("title", "采购经理").type("mobile", "138 0013 8000")
                .type("email", "wang.fang@example.com").typeBirthday("1985-06-01").tickMain()
                .saveExpectingRow(main);
        assertTrue(tab.infoMessage().contains(main));
        tab.startNew().type("name", other).type("title", "Engineer").type("phone", "021-5555 6666 x 801")
                .saveExpectingRow(other);
        Browser.screenshot(driver, shot + "tab");
        assertEquals(List.of(main, other), tab.names(), "main contact first");
        assertEquals(List.of(main), tab.mainNames());

        tab.startEdit(other).type("title", "Chief engineer").saveExpectingRow(other);
        assertEquals("Chief engineer", tab.titleOf(other));
        List<String> changed = tab.openHistory(other);
        Browser.screenshot(driver, shot + "history");
        tab.closeHistory();
        assertEquals("title", changed.get(0), "newest change first");
        assertTrue(changed.contains("name"), "creation listed");

        tab.startEdit(other).type("title", "My change");
        changeTitleElsewhere(other, "Changed elsewhere");
        tab.saveExpectingErrors();
        Browser.screenshot(driver, shot + "dialog-stale");
        assertFalse(tab.dialogWarning().isBlank(), "stale warning");
        assertTrue(tab.dialogVisible(), "dialog stays open after a stale save");
        assertEquals("Changed elsewhere", tab.fieldValue("title"), "dialog reloaded the saved contact");
        assertEquals("Changed elsewhere", tab.titleOf(other), "table reloaded");
        tab.cancel();

        driver.manage().window().setSize(PHONE);
        Browser.screenshot(driver, shot + "tab-phone");
        tab.startNew();
        Browser.screenshot(driver, shot + "dialog-phone");
        tab.cancel();

        ContactListPage list = tab.openContactList().search(prefix, List.of(main, other));
        Browser.screenshot(driver, shot + "list-phone");
        driver.manage().window().setSize(new Dimension(1366, 900));
        list.mainOnly(List.of(main));
        Browser.screenshot(driver, shot + "list");
        assertEquals(List.of(prefix + " 杭州云帆科技有限公司"), list.customers());

        ContactsTab opened = list.openContact(main);
        assertEquals(List.of(main, other), opened.names());
        opened.delete(other);
        assertEquals(List.of(main), opened.names());
    }

    private static void changeTitleElsewhere(String name, String title) throws Exception {
        try (Connection connection = Database.connect();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE contact SET title = ?, version = version + 1 WHERE name = ?")) {
            update.setString(1, title);
            update.setString(2, name);
            assertEquals(1, update.executeUpdate());
        }
    }
}
