package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Boss's login log page: the lazy table with its filters. */
final class LoginLogPage {

    private final WebDriver driver;

    LoginLogPage(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("loginLog:table")));
    }

    /** Types into the login filter and waits until every row shows a login that starts with the prefix. */
    LoginLogPage filterByLogin(String prefix) {
        WebElement filter = driver.findElement(By.cssSelector("#loginLog\\:table th input.ui-column-filter"));
        filter.clear();
        filter.sendKeys(prefix, Keys.TAB);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<String> logins = logins();
                    return !logins.isEmpty() && logins.stream().allMatch(login -> login.startsWith(prefix));
                });
        return this;
    }

    List<String> logins() {
        return driver.findElements(By.cssSelector("#loginLog\\:table .login-log-login")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> outcomes() {
        return driver.findElements(By.cssSelector("#loginLog\\:table tbody tr td:nth-child(4)")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }
}
