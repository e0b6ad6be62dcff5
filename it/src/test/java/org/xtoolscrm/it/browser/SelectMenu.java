package org.xtoolscrm.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Picks an option of a PrimeFaces select menu the way a user does: open it, click the option.
 * The pick counts as done once the menu's label shows the option; a menu that already shows it
 * is left alone, because clicking the current option again after an ajax update of the form
 * does not always close the panel.
 */
final class SelectMenu {

    private SelectMenu() {
    }

    static void choose(WebDriver driver, String menuId, String label) {
        By shown = By.id(menuId + "_label");
        if (label.equals(driver.findElement(shown).getText().strip())) {
            return;
        }
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.findElement(By.id(menuId)).click();
        String panel = "#" + menuId.replace(":", "\\:") + "_panel";
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(panel + " li[data-label='" + label + "']"))).click();
        wait.until(ExpectedConditions.textToBe(shown, label));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }
}
