package org.xtoolscrm.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/** A salesperson and the Boss using the customer list and the import page in Chromium. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Customer list and import in the browser")
class CustomerBrowserTest {

    private static final String PASSWORD = "browser-secret";
    private static String prefix;

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void setUp() throws Exception {
        if (prefix == null) {
            prefix = "br" + Long.toString(System.currentTimeMillis(), 36);
            try (Connection connection = Database.connect()) {
                long boss = Database.userId(connection, "boss");
                long mine = Database.insertUser(connection, prefix + "-s1", "李小龙", "SALES", boss, PASSWORD);
                long theirs = Database.insertUser(connection, prefix + "-s2", "Other Seller", "SALES", boss, PASSWORD);
                Database.insertCustomer(connection, prefix + "-m1", prefix + " 自己的客户甲", mine);
                Database.insertCustomer(connection, prefix + "-m2", prefix + " Own Customer B", mine);
                Database.insertCustomer(connection, prefix + "-t1", prefix + " Someone Else Ltd", theirs);
            }
        }
        driver = Browser.start("zh-CN");
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Salesperson sees only own customers")
    void salespersonSeesOwnCustomers() throws Exception {
        CustomerListPage list = LoginPage.open(driver, WebSession.BASE_URL).logIn(prefix + "-s1", PASSWORD);
        list.filterByName(prefix, prefix + " 自己的客户甲");
        Browser.screenshot(driver, "customer-list-sales");

        List<String> names = list.customerNames();
        assertEquals(List.of(prefix + " Own Customer B", prefix + " 自己的客户甲").stream().sorted().toList(),
                names.stream().sorted().toList());
        assertFalse(names.contains(prefix + " Someone Else Ltd"));
        assertTrue(list.signedInAs().contains("李小龙"), list.signedInAs());
    }

    @Test
    @DisplayName("Boss imports a file and sees its rows")
    void bossImportsFile() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "browser-imports")).resolve(prefix + "-upload.csv");
        Files.writeString(file, "客户编号,公司全称,城市,联系电话\r\n"
                + prefix + "-u1," + prefix + " 上海浦江贸易有限公司,上海市,021-55556666\r\n"
                + prefix + "-u2," + prefix + " 杭州西湖茶业有限公司,杭州市,0571-88889999\r\n"
                + prefix + "-u3,,南京市,025-12345678\r\n", StandardCharsets.UTF_8);

        CustomerListPage list = LoginPage.open(driver, WebSession.BASE_URL).logIn("boss", "boss-secret");
        ImportPage importPage = list.openImport().upload(file);
        int imported = importPage.awaitCompleted(file.getFileName().toString());
        Browser.screenshot(driver, "import-completed");

        assertEquals(2, imported);
        CustomerListPage customers = importPage.openCustomers()
                .filterByName(prefix + " 上海", prefix + " 上海浦江贸易有限公司");
        Browser.screenshot(driver, "customer-list-boss-after-import");
        assertEquals(List.of(prefix + " 上海浦江贸易有限公司"), customers.customerNames());
    }

    @Test
    @DisplayName("Manager transfers two selected customers")
    void managerTransfersSelection() throws Exception {
        String manager = prefix + "-m";
        long seller;
        long receiver;
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long managerId = Database.insertUser(connection, manager, "Batch Manager", "MANAGER", boss, PASSWORD);
            seller = Database.insertUser(connection, prefix + "-bs", "Batch Seller", "SALES", managerId, PASSWORD);
            receiver = Database.insertUser(connection, prefix + "-br", "Batch Receiver", "SALES", managerId,
                    PASSWORD);
            for (String letter : List.of("A", "B", "C")) {
                Database.insertCustomer(connection, prefix + "-bt" + letter, prefix + " Batch " + letter, seller);
            }
        }

        CustomerListPage list = LoginPage.open(driver, WebSession.BASE_URL).logIn(manager, PASSWORD)
                .filterByName(prefix + " Batch", prefix + " Batch A")
                .selectRow(prefix + " Batch A")
                .selectRow(prefix + " Batch C");
        String message = list.transferSelectedTo("Batch Receiver (" + prefix + "-br)");
        Browser.screenshot(driver, "customer-batch-transfer");

        assertTrue(message.contains("2"), message);
        try (Connection connection = Database.connect()) {
            assertEquals(receiver, Database.ownerOf(connection, prefix + "-btA"));
            assertEquals(seller, Database.ownerOf(connection, prefix + "-btB"));
            assertEquals(receiver, Database.ownerOf(connection, prefix + "-btC"));
        }
    }

    @Test
    @DisplayName("Creating a look-alike customer asks first")
    void lookAlikeCustomerAsksFirst() throws Exception {
        try (Connection connection = Database.connect()) {
            Database.insertUser(connection, prefix + "-s3", "Third Seller", "SALES",
                    Database.userId(connection, "boss"), PASSWORD);
        }
        LoginPage.open(driver, WebSession.BASE_URL).logIn(prefix + "-s3", PASSWORD);
        driver.get(WebSession.BASE_URL + "/customer/edit.xhtml");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:name")))
                .sendKeys(prefix + " Someone Else Ltd");
        driver.findElement(By.id("edit:phone")).sendKeys("021-6666 8888");
        driver.findElement(By.id("edit:save")).click();

        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#edit\\:messages .ui-messages-warn-summary")));
        Browser.screenshot(driver, "customer-edit-look-alike");
        assertTrue(warning.getText().contains("1"), warning.getText());

        driver.findElement(By.id("edit:save-anyway")).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customer-name")));
        assertEquals(prefix + " Someone Else Ltd", name.getText());
        Browser.screenshot(driver, "customer-view-after-create");
    }

    @Test
    @DisplayName("Wrong password shows the message on the login page")
    void wrongPasswordShowsMessage() throws Exception {
        LoginPage login = LoginPage.open(driver, WebSession.BASE_URL);
        login.submit(prefix + "-s1", "not-the-password");
        Browser.screenshot(driver, "login-failed");

        assertTrue(new LoginPage(driver).showsError());
    }
}
