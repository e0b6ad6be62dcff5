package org.xtoolscrm.it.opportunity;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * A salesperson works the requirements, solutions, quotes and competitors tabs of a deal in
 * a headless Chromium: field messages, live quote totals, status changes, a stale edit and
 * deleting, in English at desktop width and in Chinese at phone width. Screenshots go to
 * target/screenshots for a person to look at.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Deal record tabs in the browser")
class OpportunityDetailBrowserTest {

    private static final String PASSWORD = "detail-secret";
    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static String prefix;
    private static String seller;

    private WebDriver driver;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void createSeller() throws Exception {
        if (prefix == null) {
            prefix = "db" + Long.toString(System.currentTimeMillis(), 36);
            seller = prefix + "-s";
            try (Connection connection = Database.connect()) {
                long boss = Database.userId(connection, "boss");
                Database.insertUser(connection, seller, "刘洋 Seller", "SALES", boss, PASSWORD);
            }
        }
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Requirements: a missing title is marked, then added, edited and deleted")
    void requirements() throws Exception {
        long deal = newDeal("Harbour Logistics ERP");
        start("en", DESKTOP);
        openTab(deal, "requirements", "tabs:requirements:add-requirement");

        click("tabs:requirements:add-requirement");
        waitVisible("tabs:requirement-form:title");
        click("tabs:requirement-form:requirement-save");
        assertEquals("Enter a title for the requirement.", fieldMessage("tabs:requirement-form:title"));
        screenshot("requirement-dialog-missing-title-en");

        type("tabs:requirement-form:title", "Migrate five years of orders");
        chooseButton("tabs:requirement-form:importance", "High");
        type("tabs:requirement-form:description", "From the old ERP, with attachments.\nBefore go-live in March.");
        String added = saveDialog("tabs:requirement-form:requirement-save", "tabs:requirement-dialog",
                "tabs:requirements:requirement-messages");
        assertEquals("The requirement was added.", added);
        assertEquals(List.of("High"), texts("#tabs\\:requirements\\:requirement-list .requirement-importance"));
        assertEquals(List.of("Migrate five years of orders"),
                texts("#tabs\\:requirements\\:requirement-list .requirement-title"));
        shootBothWidths("requirements-list-en");

        clickInRow("requirement-list", "requirement-edit");
        waitVisible("tabs:requirement-form:title");
        type("tabs:requirement-form:title", "Migrate ten years of orders");
        assertEquals("The requirement was saved.", saveDialog("tabs:requirement-form:requirement-save",
                "tabs:requirement-dialog", "tabs:requirements:requirement-messages"));
        assertEquals(List.of("Migrate ten years of orders"),
                texts("#tabs\\:requirements\\:requirement-list .requirement-title"));

        clickInRow("requirement-list", "requirement-delete");
        confirm();
        assertEquals("The requirement was moved to the recycle bin.",
                pageMessage("tabs:requirements:requirement-messages"));
        assertTrue(texts("#tabs\\:requirements\\:requirement-list .requirement-title").isEmpty());
    }

    @Test
    @DisplayName("Quotes: live totals, a line error, numbering, sending, accepting and a stale edit")
    void quotes() throws Exception {
        long deal = newDeal("Pudong Data Center");
        start("en", DESKTOP);
        openTab(deal, "quotes", "tabs:quotes:add-quote");

        click("tabs:quotes:add-quote");
        waitVisible("tabs:quote-form:lines:0:product");
        String hint = driver.findElement(By.xpath("//input[@id='tabs:quote-form:quoteNumber']/parent::div"
                + "//*[contains(@class,'crm-field-hint')]")).getText();
        assertEquals("Leave it empty to number the quote automatically, as Q-" + deal + "-1.", hint);

        // 2 x 1000 x (1 - 10 / 100) = 1800.00
        fillLine(0, "Rack server", "2", "1000", "10");
        waitText("tabs:quote-form:lines:0:lineTotal", "1,800.00");
        click("tabs:quote-form:add-line");
        waitVisible("tabs:quote-form:lines:1:product");
        // 1.333 x 7.50 x (1 - 12.5 / 100) = 8.7478125, shown 8.75
        fillLine(1, "Cable", "1.333", "7.50", "12.5");
        waitText("tabs:quote-form:lines:1:lineTotal", "8.75");
        click("tabs:quote-form:add-line");
        waitVisible("tabs:quote-form:lines:2:product");
        // 1 x 0.25 x 0.5 = 0.125, shown half-even 0.12
        fillLine(2, "Sample", "0", "0.25", "50");
        waitText("tabs:quote-form:lines:2:lineTotal", "");
        type("tabs:quote-form:lines:2:quantity", "1");
        waitText("tabs:quote-form:lines:2:lineTotal", "0.12");
        // 1800 + 8.7478125 + 0.125 = 1808.8728125, rounded once: 1808.87
        waitText("tabs:quote-form:quote-total", "1,808.87 CNY");
        screenshot("quote-dialog-live-totals-en");

        type("tabs:quote-form:lines:1:quantity", "0");
        waitText("tabs:quote-form:lines:1:lineTotal", "");
        click("tabs:quote-form:quote-save");
        assertEquals("The quantity must be greater than 0.", fieldMessage("tabs:quote-form:lines:1:quantity"));
        screenshot("quote-dialog-line-error-en");
        type("tabs:quote-form:lines:1:quantity", "1.333");
        waitText("tabs:quote-form:lines:1:lineTotal", "8.75");

        String added = saveDialog("tabs:quote-form:quote-save", "tabs:quote-dialog", "tabs:quotes:quote-messages");
        assertEquals("Quote Q-" + deal + "-1 was added as a draft.", added);
        assertEquals(List.of("Q-" + deal + "-1"), texts("#tabs\\:quotes\\:quote-list .quote-number"));
        assertEquals(List.of("1,808.87 CNY"), texts("#tabs\\:quotes\\:quote-list .quote-list-total"));
        assertEquals(List.of("Draft"), texts("#tabs\\:quotes\\:quote-list .quote-status"));

        clickInRow("quote-list", "quote-mark-sent");
        assertEquals("Quote Q-" + deal + "-1 is marked sent.", pageMessage("tabs:quotes:quote-messages"));
        assertEquals(List.of("Sent"), texts("#tabs\\:quotes\\:quote-list .quote-status"));
        clickInRow("quote-list", "quote-mark-accepted");
        confirm();
        assertEquals("Quote Q-" + deal + "-1 is marked accepted.", pageMessage("tabs:quotes:quote-messages"));
        assertEquals(List.of("Accepted"), texts("#tabs\\:quotes\\:quote-list .quote-status"));
        shootBothWidths("quotes-list-en");

        clickInRow("quote-list", "quote-edit");
        waitVisible("tabs:quote-form:lines:0:product");
        assertEquals("Q-" + deal + "-1", driver.findElement(By.id("tabs:quote-form:quoteNumber"))
                .getDomProperty("value"));
        changeQuoteElsewhere(deal);
        type("tabs:quote-form:notes", "Delivery in two batches.");
        click("tabs:quote-form:quote-save");
        String stale = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#tabs\\:quote-form\\:quote-form-messages .ui-messages-error-summary"))).getText();
        assertTrue(stale.startsWith("Someone else saved this quote after you opened it"), stale);
        waitText("tabs:quote-form:notes", "Changed in another window.");
        screenshot("quote-dialog-stale-en");

        click("tabs:quote-form:quote-cancel");
        clickInRow("quote-list", "quote-history");
        waitVisible("tabs:quote-history-form:entries");
        screenshot("quote-history-en");
    }

    @Test
    @DisplayName("Solutions and competitors are added with their fields")
    void solutionsAndCompetitors() throws Exception {
        long deal = newDeal("Riverside Hospital HIS");
        start("en", DESKTOP);

        openTab(deal, "solutions", "tabs:solutions:add-solution");
        click("tabs:solutions:add-solution");
        waitVisible("tabs:solution-form:title");
        type("tabs:solution-form:title", "Private cloud in two data centers");
        type("tabs:solution-form:description", "Active-active setup.\nNightly backups to the second site.");
        assertEquals("The solution was added.", saveDialog("tabs:solution-form:solution-save",
                "tabs:solution-dialog", "tabs:solutions:solution-messages"));
        assertEquals(List.of("Private cloud in two data centers"),
                texts("#tabs\\:solutions\\:solution-list .solution-title"));
        shootBothWidths("solutions-list-en");

        openTab(deal, "competitors", "tabs:competitors:add-competitor");
        click("tabs:competitors:add-competitor");
        waitVisible("tabs:competitor-form:name");
        type("tabs:competitor-form:name", "Acme Cloud");
        type("tabs:competitor-form:price", "1999.555");
        click("tabs:competitor-form:competitor-save");
        assertEquals("Prices in CNY have at most 2 decimal places.", fieldMessage("tabs:competitor-form:price"));
        type("tabs:competitor-form:price", "1999.5");
        type("tabs:competitor-form:strengths", "Cheaper licences");
        type("tabs:competitor-form:weaknesses", "No local support team");
        assertEquals("The competitor was added.", saveDialog("tabs:competitor-form:competitor-save",
                "tabs:competitor-dialog", "tabs:competitors:competitor-messages"));
        assertEquals(List.of("1,999.50 CNY"), texts("#tabs\\:competitors\\:competitor-list .competitor-price"));
        shootBothWidths("competitors-list-en");
    }

    @Test
    @DisplayName("In Chinese on a phone: a quote and a requirement")
    void chineseOnPhone() throws Exception {
        long deal = newDeal("上海浦江贸易 ERP 升级");
        start("zh-CN", PHONE);

        openTab(deal, "quotes", "tabs:quotes:add-quote");
        click("tabs:quotes:add-quote");
        waitVisible("tabs:quote-form:lines:0:product");
        fillLine(0, "服务器", "3", "19.99", null);
        waitText("tabs:quote-form:lines:0:lineTotal", "59.97");
        waitText("tabs:quote-form:quote-total", "59.97 CNY");
        screenshot("quote-dialog-zh-phone");
        String added = saveDialog("tabs:quote-form:quote-save", "tabs:quote-dialog", "tabs:quotes:quote-messages");
        assertEquals("报价 Q-" + deal + "-1 已作为草稿添加。", added);
        assertEquals(List.of("草稿"), texts("#tabs\\:quotes\\:quote-list .quote-status"));
        screenshot("quotes-list-zh-phone");
        driver.manage().window().setSize(DESKTOP);
        screenshot("quotes-list-zh-desktop");
        driver.manage().window().setSize(PHONE);

        openTab(deal, "requirements", "tabs:requirements:add-requirement");
        click("tabs:requirements:add-requirement");
        waitVisible("tabs:requirement-form:title");
        click("tabs:requirement-form:requirement-save");
        assertEquals("请输入需求标题。", fieldMessage("tabs:requirement-form:title"));
        screenshot("requirement-dialog-zh-phone");
        type("tabs:requirement-form:title", "数据迁移");
        assertEquals("需求已添加。", saveDialog("tabs:requirement-form:requirement-save",
                "tabs:requirement-dialog", "tabs:requirements:requirement-messages"));
        assertEquals(List.of("中"), texts("#tabs\\:requirements\\:requirement-list .requirement-importance"));
        screenshot("requirements-list-zh-phone");
    }

    /** Inserts a customer of the seller and an open deal on it, as the opportunity service would, and returns the deal's id. */
    private long newDeal(String name) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = Database.connect()) {
            long owner = Database.userId(connection, seller);
            long customer = Database.insertCustomer(connection, prefix + "-" + System.nanoTime(), name + " 客户", owner);
            long deal;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO opportunity (customer_id, name, "
                    + "amount, currency, expected_sign_date, stage, outcome, stage_since, owner_id, created_at, "
                    + "updated_at, version) VALUES (?, ?, 500000.00, 'CNY', ?, 'PROPOSAL', 'OPEN', ?, ?, ?, ?, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, customer);
                insert.setString(2, name);
                insert.setDate(3, Date.valueOf(CompanyCalendar.current().today().plusMonths(2)));
                insert.setTimestamp(4, now);
                insert.setLong(5, owner);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    deal = keys.getLong(1);
                }
            }
            try (PreparedStatement history = connection.prepareStatement("INSERT INTO opportunity_stage_change "
                    + "(opportunity_id, to_stage, changed_at, changed_by_id) VALUES (?, 'PROPOSAL', ?, ?)")) {
                history.setLong(1, deal);
                history.setTimestamp(2, now);
                history.setLong(3, owner);
                history.executeUpdate();
            }
            return deal;
        }
    }

    /** Saves a change of the deal's quote as another user would, so the open dialog is stale. */
    private static void changeQuoteElsewhere(long deal) throws SQLException {
        try (Connection connection = Database.connect();
             PreparedStatement update = connection.prepareStatement("UPDATE opportunity_quote SET version = "
                     + "version + 1, notes = 'Changed in another window.' WHERE opportunity_id = ?")) {
            update.setLong(1, deal);
            assertEquals(1, update.executeUpdate());
        }
    }

    private void start(String language, Dimension size) throws IOException {
        Path profile = Files.createTempDirectory("crm-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("crm.test.chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("crm.test.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        wait = new WebDriverWait(driver, TIMEOUT);

        driver.get(WebSession.BASE_URL + "/");
        driver.findElement(By.id("username")).sendKeys(seller);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void openTab(long deal, String tab, String readyId) {
        driver.get(WebSession.BASE_URL + "/opportunity/view.xhtml?id=" + deal + "&tab=" + tab);
        waitVisible(readyId);
    }

    private void fillLine(int index, String product, String quantity, String unitPrice, String discount) {
        String row = "tabs:quote-form:lines:" + index + ":";
        type(row + "product", product);
        type(row + "quantity", quantity);
        type(row + "unitPrice", unitPrice);
        if (discount != null) {
            type(row + "discountPercent", discount);
        }
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitIdle();
    }

    /** Clicks the button with the CSS class in the first row of the tab's table. */
    private void clickInRow(String tableId, String buttonClass) {
        By button = By.cssSelector("[id$='" + tableId + "'] tbody tr ." + buttonClass);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        waitIdle();
    }

    /** Clicks Yes in the page's confirm dialog. */
    private void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        waitIdle();
    }

    private void chooseButton(String id, String label) {
        By option = By.xpath("//*[@id='" + id + "']//*[contains(@class,'ui-button')][normalize-space()='" + label
                + "']");
        wait.until(ExpectedConditions.elementToBeClickable(option)).click();
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
        waitIdle();
    }

    private void waitVisible(String id) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        waitIdle();
    }

    /** Waits until the element's text, or an input's value, is the expected one. */
    private void waitText(String id, String expected) {
        try {
            // An AJAX update may replace the element between finding and reading it.
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                WebElement element = d.findElement(By.id(id));
                String value = "input".equals(element.getTagName()) || "textarea".equals(element.getTagName())
                        ? element.getDomProperty("value") : element.getText();
                return expected.equals(value.strip());
            });
        } catch (WebDriverException e) {
            WebElement element = driver.findElement(By.id(id));
            saveFailure(id);
            throw new AssertionError(id + ": expected '" + expected + "' but was '" + element.getText() + "' / '"
                    + element.getDomProperty("value") + "'", e);
        }
    }

    /** Returns the error message shown next to a field of a dialog. */
    private String fieldMessage(String fieldId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='" + fieldId
                + "']/ancestor::*[self::div or self::td][1]//*[contains(@class,'ui-message-error')]"))).getText();
    }

    /** Saves a dialog, waits until it closes and returns the information message of the tab. */
    private String saveDialog(String saveId, String dialogId, String messagesId) {
        click(saveId);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialogId)));
        return pageMessage(messagesId);
    }

    private String pageMessage(String messagesId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + messagesId + "'] .ui-messages-info-summary"))).getText();
    }

    private List<String> texts(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }

    private void waitIdle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Saves the page at phone width and at desktop width, and leaves the window at desktop width. */
    private void shootBothWidths(String name) throws IOException {
        driver.manage().window().setSize(PHONE);
        screenshot(name + "-phone");
        driver.manage().window().setSize(DESKTOP);
        screenshot(name + "-desktop");
    }

    /** Saves a screenshot and the page source of a failed wait, for a person to look at. */
    private void saveFailure(String waitedFor) {
        try {
            String name = "failure-" + waitedFor.replace(':', '-');
            screenshot(name);
            Path directory = Path.of(System.getProperty("crm.test.screenshots", "target/screenshots"));
            Files.writeString(directory.resolve("opportunity-" + name + ".html"), driver.getPageSource());
        } catch (IOException | WebDriverException e) {
            e.printStackTrace();
        }
    }

    private void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("crm.test.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        ((JavascriptExecutor) driver).executeScript("document.body.style.minHeight = '0';");
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(directory.resolve("opportunity-" + name + ".png"), png);
    }
}
