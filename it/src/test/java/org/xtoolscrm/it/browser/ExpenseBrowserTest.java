package org.xtoolscrm.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * A salesperson records an expense on a customer's 360 view, their Manager approves
 * or rejects it on the approval list, and the 360 view's totals follow. Screenshots in
 * English and Chinese, at desktop and phone width.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Expenses in the browser")
class ExpenseBrowserTest {

    private static final String PASSWORD = "expense-secret";
    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final By TAB_TABLE = By.id("tabs:expenses:table");
    private static final By APPROVAL_TABLE = By.id("approval:table");
    private static final By LIST_TABLE = By.id("expenses:table");

    private static String prefix;
    private static String manager;
    private static String seller;

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void createTeam() throws Exception {
        if (prefix == null) {
            prefix = "xb" + Long.toString(System.currentTimeMillis(), 36);
            manager = prefix + "-m";
            seller = prefix + "-s";
            try (Connection connection = Database.connect()) {
                long boss = Database.userId(connection, "boss");
                long managerId = Database.insertUser(connection, manager, "李娜 Manager", "MANAGER", boss, PASSWORD);
                Database.insertUser(connection, seller, "刘洋 Seller", "SALES", managerId, PASSWORD);
            }
        }
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Salesperson records, Manager approves, the approved total changes")
    void recordApproveTotal() throws Exception {
        long customer = newCustomer(prefix + " Harbour Logistics Ltd");
        driver = Browser.start("en");
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);

        ExpenseTabPage tab = ExpenseTabPage.open(driver, WebSession.BASE_URL, customer);
        assertEquals("0.00 CNY", tab.approvedTotal());

        tab.openNewDialog().fill("Meals", "12.345", "Dinner with the purchasing team");
        String amountError = tab.saveExpectingAmountError();
        Browser.screenshot(driver, "expense-dialog-invalid-en");
        assertTrue(amountError.contains("2 decimal"), amountError);

        tab.fill("Meals", "268.50", "Dinner with the purchasing team");
        String created = tab.save();
        assertTrue(created.contains("submitted for approval"), created);
        assertEquals(List.of("Submitted"), tab.statuses());
        assertEquals(List.of("268.50 CNY"), tab.amounts());
        assertEquals("0.00 CNY", tab.approvedTotal(), "a submitted expense does not count");
        shootBothWidths("expense-tab-submitted-en", TAB_TABLE);
        logOut();

        LoginPage.open(driver, WebSession.BASE_URL).logIn(manager, PASSWORD);
        ExpenseApprovalPage approval = ExpenseApprovalPage.open(driver, WebSession.BASE_URL)
                .selectRow(prefix + " Harbour Logistics Ltd");
        shootBothWidths("expense-approval-list-en", APPROVAL_TABLE);
        approval.openDecision(true, null);
        Browser.screenshot(driver, "expense-approval-dialog-en");
        String decided = approval.submit();
        Browser.screenshot(driver, "expense-approval-done-en");
        assertTrue(decided.startsWith("1 expense(s) approved, 0 skipped"), decided);

        ExpenseTabPage approved = ExpenseTabPage.open(driver, WebSession.BASE_URL, customer);
        assertEquals("268.50 CNY", approved.approvedTotal());
        assertEquals(List.of("Approved"), approved.statuses());
        shootBothWidths("expense-tab-approved-en", TAB_TABLE);

        driver.get(WebSession.BASE_URL + "/customer/view.xhtml?id=" + customer);
        String overviewTotal = new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("total-approved-expenses"))).getText();
        assertEquals("268.50 CNY", overviewTotal.strip());
        Browser.screenshot(driver, "expense-overview-total-en");

        driver.get(WebSession.BASE_URL + "/expense/list.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.id("expenses:table")));
        shootBothWidths("expense-list-manager-en", LIST_TABLE);
    }

    @Test
    @DisplayName("In Chinese on a phone: recorded, rejected with a reason, seen by the salesperson")
    void rejectInChineseOnPhone() throws Exception {
        long customer = newCustomer(prefix + " 上海浦江贸易有限公司");
        driver = Browser.start("zh-CN");
        driver.manage().window().setSize(PHONE);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);

        ExpenseTabPage tab = ExpenseTabPage.open(driver, WebSession.BASE_URL, customer);
        tab.openNewDialog().fill("差旅", "1280", "去上海拜访客户的高铁票和住宿");
        Browser.screenshot(driver, "expense-dialog-zh-phone");
        String created = tab.save();
        assertTrue(created.contains("提交审批"), created);
        assertEquals(List.of("待审批"), tab.statuses());
        shootBothWidths("expense-tab-submitted-zh", TAB_TABLE);
        logOut();

        LoginPage.open(driver, WebSession.BASE_URL).logIn(manager, PASSWORD);
        driver.manage().window().setSize(PHONE);
        ExpenseApprovalPage approval = ExpenseApprovalPage.open(driver, WebSession.BASE_URL)
                .selectRow(prefix + " 上海浦江贸易有限公司")
                .openDecision(false, null);
        String missing = approval.submitExpectingReasonError();
        assertTrue(missing.contains("驳回原因"), missing);
        Browser.screenshot(driver, "expense-reject-dialog-zh-phone");
        driver.findElement(By.id("decision-form:reason")).sendKeys("请补充住宿发票");
        String rejected = approval.submit();
        assertTrue(rejected.startsWith("已驳回 1 笔费用"), rejected);
        shootBothWidths("expense-approval-done-zh", APPROVAL_TABLE);

        driver.get(WebSession.BASE_URL + "/expense/list.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.id("expenses:table")));
        shootBothWidths("expense-list-manager-zh", LIST_TABLE);
        logOut();

        LoginPage.open(driver, WebSession.BASE_URL).logIn(seller, PASSWORD);
        ExpenseTabPage seen = ExpenseTabPage.open(driver, WebSession.BASE_URL, customer);
        assertEquals(List.of("已驳回"), seen.statuses());
        assertEquals(List.of("请补充住宿发票"), seen.reasons());
        assertEquals("0.00 CNY", seen.approvedTotal());
        shootBothWidths("expense-tab-rejected-zh", TAB_TABLE);
    }

    private long newCustomer(String name) throws Exception {
        try (Connection connection = Database.connect()) {
            return Database.insertCustomer(connection, prefix + "-" + System.nanoTime(), name,
                    Database.userId(connection, seller));
        }
    }

    /**
     * Saves the page at phone width, from the top and scrolled to the given element, and at
     * desktop width, and leaves the window at desktop width.
     */
    private void shootBothWidths(String name, By focus) throws Exception {
        driver.manage().window().setSize(PHONE);
        Browser.screenshot(driver, name + "-phone-top");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", driver.findElement(focus));
        Browser.screenshot(driver, name + "-phone");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        driver.manage().window().setSize(DESKTOP);
        Browser.screenshot(driver, name + "-desktop");
    }

    private void logOut() {
        driver.findElement(By.id("logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
    }
}
