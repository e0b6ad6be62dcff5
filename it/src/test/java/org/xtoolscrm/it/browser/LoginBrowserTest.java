package org.xtoolscrm.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.TestTeam;

/** The lockout message and the login log page in Chromium, in Chinese and English. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Login lockout and login log in the browser")
class LoginBrowserTest {

    private static final String PASSWORD = "browser-login-secret";
    private static String prefix;

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix == null) {
            prefix = "bl" + Long.toString(System.currentTimeMillis(), 36);
            try (Connection connection = Database.connect()) {
                long boss = Database.userId(connection, "boss");
                Database.insertUser(connection, prefix + "-zh", "王小明", "SALES", boss, PASSWORD);
                Database.insertUser(connection, prefix + "-en", "Amy Lin", "SALES", boss, PASSWORD);
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
    @DisplayName("Fifth wrong password shows the lock message in Chinese")
    void lockMessageInChinese() throws Exception {
        driver = Browser.start("zh-CN");
        LoginPage login = LoginPage.open(driver, WebSession.BASE_URL);
        for (int i = 1; i <= 4; i++) {
            login.submit(prefix + "-zh", "wrong-" + i);
            login = new LoginPage(driver);
            assertTrue(login.errorText().contains("登录名或密码错误"), login.errorText());
        }

        login.submit(prefix + "-zh", "wrong-5");
        Browser.screenshot(driver, "login-locked-zh");

        String message = new LoginPage(driver).errorText();
        assertTrue(message.contains("账号已被锁定"), message);
        assertTrue(message.matches("(?s).*在 (\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2} 之后重试.*"), message);
        assertEquals(prefix + "-zh", driver.findElement(By.id("username")).getAttribute("value"),
                "the login stays in the field");
    }

    @Test
    @DisplayName("Boss filters the login log in English")
    void bossFiltersLogInEnglish() throws Exception {
        driver = Browser.start("en");
        LoginPage failed = LoginPage.open(driver, WebSession.BASE_URL);
        failed.submit(prefix + "-en", "wrong-password");
        new LoginPage(driver).logIn(prefix + "-en", PASSWORD).logOut();

        LoginLogPage log = LoginPage.open(driver, WebSession.BASE_URL)
                .logIn(TestTeam.BOSS, TestTeam.BOSS_PASSWORD)
                .openLoginLog()
                .filterByLogin(prefix + "-en");
        Browser.screenshot(driver, "login-log-en");

        assertEquals(List.of(prefix + "-en", prefix + "-en"), log.logins());
        assertEquals(List.of("Logged in", "Wrong login or password"), log.outcomes(), "newest first");
    }

    @Test
    @DisplayName("Login log page in Chinese")
    void logPageInChinese() throws Exception {
        driver = Browser.start("zh-CN");
        LoginLogPage log = LoginPage.open(driver, WebSession.BASE_URL)
                .logIn(TestTeam.BOSS, TestTeam.BOSS_PASSWORD)
                .openLoginLog();
        Browser.screenshot(driver, "login-log-zh");

        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("登录日志"));
        assertFalse(log.logins().isEmpty(), "the Boss's own login is listed");
        assertTrue(log.outcomes().contains("登录成功"), log.outcomes().toString());
    }
}
