package org.xtoolscrm.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by its own ChromeDriver, with the flags that keep
 * it off the network, and a fresh profile per browser.
 */
final class Browser {

    private Browser() {
    }

    static WebDriver start(String language) throws IOException {
        return start(language, null);
    }

    /**
     * Starts a browser that saves downloads to the given directory without asking, or
     * keeps Chromium's download default when it is null.
     */
    static WebDriver start(String language, Path downloads) throws IOException {
        Path profile = Files.createTempDirectory("crm-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("crm.test.chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1366,900", "--lang=" + language, "--user-data-dir=" + profile);
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("intl.accept_languages", language);
        if (downloads != null) {
            preferences.put("download.default_directory", downloads.toAbsolutePath().toString());
            preferences.put("download.prompt_for_download", false);
        }
        options.setExperimentalOption("prefs", preferences);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("crm.test.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /** Returns whether the page has no PrimeFaces or jQuery request in flight. */
    static boolean ajaxIdle(WebDriver driver) {
        Object idle = ((JavascriptExecutor) driver).executeScript(
                "return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);");
        return Boolean.TRUE.equals(idle);
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    static void screenshot(WebDriver driver, String name) throws IOException {
        Path directory = Path.of(System.getProperty("crm.test.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(directory.resolve(name + ".png"), png);
    }
}
