package org.xtoolscrm.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page. */
final class LoginPage {

    private final WebDriver driver;

    LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/");
        return new LoginPage(driver);
    }

    /** Logs in, lands on the workbench, and goes on to the customer list. */
    CustomerListPage logIn(String login, String password) {
        submit(login, password);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.id("nav-customers"))).click();
        return new CustomerListPage(driver);
    }

    void submit(String login, String password) {
        WebElement username = driver.findElement(By.id("username"));
        username.clear();
        username.sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        // The marker is gone once the browser has loaded the next page.
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.crmBeforeSubmit = true;");
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return window.crmBeforeSubmit === undefined && document.readyState === 'complete';")));
    }

    boolean showsError() {
        return !driver.findElements(By.id("login-error")).isEmpty();
    }

    String errorText() {
        return driver.findElement(By.id("login-error")).getText();
    }
}
