package org.xtoolscrm.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pipeline board (form {@code board}, one column per open stage with its stage code in
 * {@code data-stage}, one card per deal with its id in {@code data-id}) and the funnel page
 * (form {@code funnel}, its table {@code funnel:stages}).
 */
final class PipelinePages {

    private final WebDriver driver;
    /** Waits that retry a check whose element the page replaced meanwhile, as after an AJAX update. */
    private final FluentWait<WebDriver> wait;

    PipelinePages(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    PipelinePages openBoard(String baseUrl) {
        driver.get(baseUrl + "/opportunity/board.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".crm-board-column")));
        return this;
    }

    PipelinePages openFunnel(String baseUrl) {
        driver.get(baseUrl + "/report/funnel.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("funnel:stages")));
        return this;
    }

    /** Returns the stage code of the column or closing zone that contains the deal's card, or null when none does. */
    String columnOf(long dealId) {
        for (WebElement card : driver.findElements(By.cssSelector(".crm-card[data-id='" + dealId + "']"))) {
            return card.findElement(By.xpath("./ancestor::*[@data-stage][1]")).getAttribute("data-stage");
        }
        return null;
    }

    /**
     * Drags the deal's card onto the column or closing zone of a stage with the mouse, in
     * small steps, as jQuery UI follows the pointer, and waits until the board has updated.
     */
    PipelinePages drag(long dealId, String stage) {
        WebElement card = driver.findElement(By.cssSelector(".crm-card[data-id='" + dealId + "'] .crm-card-customer"));
        WebElement target = driver.findElement(By.cssSelector("[data-stage='" + stage + "']:not(.crm-card)"));
        new Actions(driver)
                .moveToElement(card)
                .clickAndHold()
                .moveByOffset(10, 10)
                .moveToElement(target)
                .moveByOffset(0, 5)
                .release()
                .perform();
        wait.until(Browser::ajaxIdle);
        return this;
    }

    /** Types the reason into the lost dialog and confirms it. */
    PipelinePages confirmLost(String reason) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lost-form:reason")));
        field.sendKeys(reason);
        driver.findElement(By.id("lost-form:confirm-lost")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lost-form:reason")));
        wait.until(Browser::ajaxIdle);
        return this;
    }

    /** Waits until the deal's card sits in the given stage, or is off the board for null. */
    PipelinePages waitForCard(long dealId, String stage) {
        wait.until(driver -> stage == null ? columnOf(dealId) == null : stage.equals(columnOf(dealId)));
        return this;
    }

    String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    /** Returns the text of a cell of the funnel table's row for the stage label, by the cell's style class. */
    String funnelCell(String stageLabel, String cellClass) {
        WebElement row = driver.findElement(By.xpath("//table//a[contains(@class,'funnel-stage')][normalize-space()='"
                + stageLabel + "']/ancestor::tr[1]"));
        return row.findElement(By.cssSelector("td." + cellClass)).getText().replaceAll("^.*\\n", "").strip();
    }

    String wonAndLost() {
        return driver.findElement(By.cssSelector(".crm-funnel-closed")).getText();
    }
}
