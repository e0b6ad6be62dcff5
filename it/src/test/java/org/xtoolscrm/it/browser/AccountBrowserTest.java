package org.xtoolscrm.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/** The Boss creating an account in the dialog, and the new user changing their password, in Chromium. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Account administration in the browser")
class AccountBrowserTest {

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void setUp() throws Exception {
        driver = Browser.start("zh-CN");
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("New account logs in and changes its password")
    void bossCreatesAccount() throws Exception {
        String login = "ab" + Long.toString(System.currentTimeMillis(), 36) + "-new";
        String name = "新同事 " + login;

        AccountListPage accounts = LoginPage.open(driver, WebSession.BASE_URL).logIn("boss", "boss-secret")
                .openAccounts()
                .openNewAccountDialog()
                .fillSalesperson(login, name, "boss", "+86 138-1234-5678", login + "@example.com", "first-secret");
        Browser.screenshot(driver, "account-dialog-filled");
        accounts.saveAndClose().filterByLogin(login);
        Browser.screenshot(driver, "account-list-created");

        List<String> cells = accounts.firstRowCells();
        assertEquals(login, cells.get(0));
        assertEquals(name, cells.get(1));
        assertEquals("13812345678", cells.get(4));
        accounts.logOut();

        PasswordPage password = LoginPage.open(driver, WebSession.BASE_URL).logIn(login, "first-secret")
                .openPasswordPage();
        String confirmation = password.change("first-secret", "second-secret");
        Browser.screenshot(driver, "password-changed");
        assertTrue(confirmation.contains("密码已修改"), confirmation);
        password.logOut();

        CustomerListPage again = LoginPage.open(driver, WebSession.BASE_URL).logIn(login, "second-secret");
        assertTrue(again.signedInAs().contains(name), again.signedInAs());
    }

    @Test
    @DisplayName("Invalid mobile number keeps the dialog open with a message")
    void invalidMobileShowsMessage() throws Exception {
        String login = "ab" + Long.toString(System.currentTimeMillis(), 36) + "-bad";

        AccountListPage accounts = LoginPage.open(driver, WebSession.BASE_URL).logIn("boss", "boss-secret")
                .openAccounts()
                .openNewAccountDialog()
                .fillSalesperson(login, "Bad Number", "boss", "12812345678", "", "first-secret");
        String message = accounts.saveExpectingError("mobile");
        Browser.screenshot(driver, "account-dialog-invalid-mobile");

        assertTrue(message.contains("12812345678"), message);
        assertTrue(accounts.dialogOpen(), "dialog stays open");
    }
}
