package org.xtoolscrm.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Picks an option of a PrimeFaces select menu the way a user does: open it, click the option.
 * The pick counts as done once the menu's label shows the option; a menu that already shows it
 * is left alone, because clicking the current option again after an ajax update of the form
 * does not always close the panel.
 */
final class SelectMenu {

    /** The CSS class of a PrimeFaces overlay panel while its opening transition runs. */
    private static final String OPENING = "ui-connected-overlay-enter";

    private SelectMenu() {
    }

    static void choose(WebDriver driver, String menuId, String label) {
        By shown = By.id(menuId + "_label");
        if (label.equals(driver.findElement(shown).getText().strip())) {
            return;
        }
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.findElement(By.id(menuId)).click();
        // PrimeFaces 15.0.0 records the value to fall back to only when the panel's opening
        // transition has ended. A click on an option before that throws a TypeError in the
        // menu's click handler and selects nothing, so wait for the panel to finish opening.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
        wait.until(d -> !isOpening(d.findElement(By.id(menuId + "_panel"))));
        String panel = "#" + menuId.replace(":", "\\:") + "_panel";
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(panel + " li[data-label='" + label + "']"))).click();
        wait.until(ExpectedConditions.textToBe(shown, label));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /**
     * Returns the labels of the menu's options, in their order, from the hidden select element
     * that the server renders. PrimeFaces renders the panel's items only on the client, so the
     * panel may not list them yet.
     */
    static List<String> options(WebDriver driver, String menuId) {
        return driver.findElements(By.cssSelector("[id='" + menuId + "_input'] option")).stream()
                .map(option -> option.getDomProperty("textContent").strip())
                .toList();
    }

    /** Returns whether the panel's opening transition still runs, which its enter-done class replaces at the end. */
    private static boolean isOpening(WebElement panel) {
        List<String> classes = List.of(panel.getAttribute("class").split("\\s+"));
        return classes.contains(OPENING) || classes.contains(OPENING + "-active");
    }
}
