package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Picks an option of a PrimeFaces select menu the way a user does: open it, click the option.
 * The pick counts as done once the menu's label shows the option. The click waits until the
 * panel has finished opening, because a click that lands while it still moves can miss the
 * option and close the panel with the old choice. A missed pick is tried again, up to three
 * times. A menu that already shows the option is left alone.
 */
final class SelectMenu {

    private static final Logger LOG = Logger.getLogger(SelectMenu.class.getName());
    private static final int ATTEMPTS = 3;

    private SelectMenu() {
    }

    static void choose(WebDriver driver, String menuId, String label) {
        By menuLabel = By.id(menuId + "_label");
        String panelId = menuId + "_panel";
        By option = By.cssSelector("#" + panelId.replace(":", "\\:") + " li[data-label='" + label + "']");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        for (int attempt = 1; ; attempt++) {
            if (label.equals(driver.findElement(menuLabel).getText().strip())) {
                return;
            }
            if (!driver.findElement(By.id(panelId)).isDisplayed()) {
                driver.findElement(By.id(menuId)).click();
            }
            wait.until(ExpectedConditions.elementToBeClickable(option));
            wait.until(openAndStill(panelId));
            driver.findElement(option).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(menuLabel, label));
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(panelId)));
                return;
            } catch (TimeoutException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warning(() -> "The pick of '" + label + "' in " + menuId + " did not take; trying again");
            }
        }
    }

    /** Waits until the panel is shown and no jQuery animation moves it. */
    private static ExpectedCondition<Boolean> openAndStill(String panelId) {
        return driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var panel = jQuery(document.getElementById(arguments[0]));"
                        + "return panel.is(':visible') && !panel.is(':animated');", panelId);
    }
}
