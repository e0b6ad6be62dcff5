package org.xtoolscrm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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

    CustomerListPage logIn(String login, String password) {
        submit(login, password);
        return new CustomerListPage(driver);
    }

    void submit(String login, String password) {
        driver.findElement(By.id("j_username")).sendKeys(login);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    boolean showsError() {
        return !driver.findElements(By.id("login-error")).isEmpty();
    }
}
