package org.xtoolscrm.it.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * A salesperson keeping notes and files on a customer in Chromium, in Chinese and English,
 * on a desktop and on a phone-sized screen, with screenshots of both tabs in each.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Notes and attachments in the browser")
class CustomerFilesBrowserTest {

    private static final String PASSWORD = "files-browser-secret";
    private static final Dimension PHONE = new Dimension(390, 844);

    private static String prefix;
    private static String login;

    private WebDriver driver;
    private Path downloads;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void setUp() throws Exception {
        if (prefix == null) {
            prefix = "bf" + Long.toString(System.currentTimeMillis(), 36);
            login = prefix + "-s1";
            try (Connection connection = Database.connect()) {
                Database.insertUser(connection, login, "王晓燕", "SALES", Database.userId(connection, "boss"), PASSWORD);
            }
        }
        downloads = Files.createTempDirectory("crm-downloads-");
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Chinese, desktop: add a note, upload two files, download one")
    void chineseDesktop() throws Exception {
        long customerId = customer("上海浦江贸易有限公司");
        Path quote = file("报价单（终版）2026.txt", "第一季度报价：¥120,000\n有效期至 3 月 31 日。\n");
        Path photo = file("现场照片.png", "not really a PNG, but bytes are bytes");
        driver = Browser.start("zh-CN", downloads);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(login, PASSWORD);

        CustomerFilesPage page = CustomerFilesPage.open(driver, WebSession.BASE_URL, customerId, "notes");
        String required = page.saveEmptyNote();
        Browser.screenshot(driver, "files-zh-note-required");
        page.closeNoteDialog();
        page.addNote("王经理要求周五前报价。\n下次拜访带样品。", true);
        page.addNote("已发送产品目录。", false);
        Browser.screenshot(driver, "files-zh-notes");

        assertEquals("请输入记事内容。", required);
        assertEquals(List.of("王经理要求周五前报价。\n下次拜访带样品。", "已发送产品目录。"), page.noteTexts(),
                "pinned first, then newest");
        assertEquals(List.of("王经理要求周五前报价。\n下次拜访带样品。"), page.pinnedNoteTexts());

        page.openAttachmentsTab().upload("签字版报价和现场照片", List.of(quote, photo),
                List.of("报价单（终版）2026.txt", "现场照片.png"));
        fullPageScreenshot("files-zh-attachments");

        assertTrue(page.uploadMessages().containsAll(List.of("报价单（终版）2026.txt 已上传。", "现场照片.png 已上传。")),
                page.uploadMessages().toString());
        assertEquals(List.of("签字版报价和现场照片", "签字版报价和现场照片"), page.attachmentDescriptions());

        page.download("报价单（终版）2026.txt");
        Path downloaded = awaitDownload("报价单（终版）2026.txt");
        assertArrayEquals(Files.readAllBytes(quote), Files.readAllBytes(downloaded));
    }

    @Test
    @DisplayName("English, phone: add a note, upload a file, and a file over the limit is refused")
    void englishPhone() throws Exception {
        long customerId = customer("Pudong Trading Ltd");
        Path plan = file("Delivery plan v2.txt", "Week 12: first delivery\n");
        Path tooLarge = largeFile("scans-2026.zip", 20L * 1024 * 1024 + 1);
        driver = Browser.start("en", downloads);
        driver.manage().window().setSize(PHONE);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(login, PASSWORD);

        CustomerFilesPage page = CustomerFilesPage.open(driver, WebSession.BASE_URL, customerId, "notes");
        page.addNote("Asked for the delivery plan before the next visit.", false);
        List<String> notes = page.noteTexts();
        fullPageScreenshot("files-en-phone-notes");

        page.openAttachmentsTab();
        String refused = page.chooseTooLargeFile(tooLarge);
        Browser.screenshot(driver, "files-en-phone-too-large");
        page.upload("", List.of(plan), List.of("Delivery plan v2.txt"));
        fullPageScreenshot("files-en-phone-attachments");

        assertEquals(List.of("Asked for the delivery plan before the next visit."), notes);
        assertTrue(refused.contains("scans-2026.zip"), refused);
        assertTrue(refused.contains("20"), refused);
        assertEquals(List.of("Delivery plan v2.txt"), page.attachmentNames());

        page.download("Delivery plan v2.txt");
        assertArrayEquals(Files.readAllBytes(plan), Files.readAllBytes(awaitDownload("Delivery plan v2.txt")));
    }

    @Test
    @DisplayName("Screenshots: English desktop and Chinese phone")
    void otherLayouts() throws Exception {
        long customerId = customer("杭州西湖茶业有限公司");
        Path file = file("茶园合同.txt", "合同正文\n");

        driver = Browser.start("en", downloads);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(login, PASSWORD);
        CustomerFilesPage page = CustomerFilesPage.open(driver, WebSession.BASE_URL, customerId, "notes");
        page.addNote("Prefers calls in the morning.", true);
        Browser.screenshot(driver, "files-en-notes");
        page.openAttachmentsTab().upload("Signed contract", List.of(file), List.of("茶园合同.txt"));
        fullPageScreenshot("files-en-attachments");
        driver.quit();

        driver = Browser.start("zh-CN", downloads);
        driver.manage().window().setSize(PHONE);
        LoginPage.open(driver, WebSession.BASE_URL).logIn(login, PASSWORD);
        page = CustomerFilesPage.open(driver, WebSession.BASE_URL, customerId, "notes");
        List<String> notes = page.noteTexts();
        fullPageScreenshot("files-zh-phone-notes");
        page.openAttachmentsTab();
        fullPageScreenshot("files-zh-phone-attachments");

        assertEquals(List.of("Prefers calls in the morning."), notes);
        assertEquals(List.of("茶园合同.txt"), page.attachmentNames());
    }

    /** Saves a screenshot of the whole page by making the window as tall as the page for a moment. */
    private void fullPageScreenshot(String name) throws IOException {
        Dimension size = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.max(size.getHeight(), height.intValue())));
        Browser.screenshot(driver, name);
        driver.manage().window().setSize(size);
    }

    private long customer(String name) throws Exception {
        try (Connection connection = Database.connect()) {
            return Database.insertCustomer(connection, prefix + "-" + System.nanoTime(), name + " " + prefix,
                    Database.userId(connection, login));
        }
    }

    private Path file(String name, String content) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "browser-uploads", prefix));
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Creates a sparse file of the given length, which costs no disk space. */
    private Path largeFile(String name, long length) throws IOException {
        Path path = Files.createDirectories(Path.of("target", "browser-uploads", prefix)).resolve(name);
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(length);
        }
        return path;
    }

    /** Waits until Chromium has finished saving the download under the given name. */
    private Path awaitDownload(String name) {
        Path target = downloads.resolve(name);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(downloads)) {
                boolean partial = files.anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
                return !partial && Files.exists(target);
            } catch (IOException e) {
                return false;
            }
        });
        return target;
    }
}
