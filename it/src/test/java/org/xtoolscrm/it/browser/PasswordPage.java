package org.xtoolscrm.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page where every user changes their own password. */
final class PasswordPage {

    private final WebDriver driver;

    PasswordPage(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("passwordForm:oldPassword")));
    }

    /** Submits the form and waits for the page's confirmation; returns its text. */
    String change(String currentPassword, String newPassword) {
        driver.findElement(By.id("passwordForm:oldPassword")).sendKeys(currentPassword);
        driver.findElement(By.id("passwordForm:password")).sendKeys(newPassword);
        driver.findElement(By.id("passwordForm:confirmation")).sendKeys(newPassword);
        driver.findElement(By.id("passwordForm:change")).click();

        By confirmation = By.cssSelector("#messages .ui-messages-info");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(confirmation));
        return driver.findElement(confirmation).getText();
    }

    void logOut() {
        driver.findElement(By.id("logout")).click();
    }
}
