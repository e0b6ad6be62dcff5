package org.xtoolscrm.it.browser;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The import page: upload form and the recent imports table. */
final class ImportPage {

    private final WebDriver driver;

    ImportPage(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("upload")).isEmpty());
    }

    ImportPage upload(Path file) {
        WebElement input = driver.findElement(By.cssSelector("#upload input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload:start")).click();
        return new ImportPage(driver);
    }

    /** Waits until the newest import of the file shows as completed and returns its imported count. */
    int awaitCompleted(String fileName) {
        By newestRow = By.cssSelector("#recent\\:imports tbody tr:first-child");
        // The table polls the server and replaces its rows, so a row read in the middle of a
        // refresh is read again rather than failing the wait.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        wait.ignoring(StaleElementReferenceException.class);
        return wait.until(d -> {
            WebElement row = d.findElement(newestRow);
            if (!row.getText().contains(fileName) || row.findElements(By.cssSelector(".state-COMPLETED")).isEmpty()) {
                return null;
            }
            return Integer.parseInt(row.findElement(By.cssSelector(".import-imported")).getText().strip());
        });
    }

    CustomerListPage openCustomers() {
        driver.findElement(By.id("nav-customers")).click();
        return new CustomerListPage(driver);
    }
}
