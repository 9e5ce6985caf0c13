package org.guildmark.app.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Chromium for a test class, driven through Debian's chromedriver. Register it as
 * {@code @RegisterExtension static final Browser browser = new Browser();} beside a {@code RANDOM_PORT}
 * {@code @SpringBootTest}, call {@link #at(int)} with the port, and each test starts signed out; a test class on the
 * demo guild extends {@link DemoGuildInBrowser} instead, which does all that.
 *
 * <p>When Chromium or its driver is missing, the class is skipped with the reason, unless {@code CI=true} or
 * {@code GUILDMARK_REQUIRE_BROWSER=true}, which make it fail instead. {@code GUILDMARK_CHROMIUM} and
 * {@code GUILDMARK_CHROMEDRIVER} name other binaries than {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}.
 */
public final class Browser
        implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, AfterAllCallback,
        TestExecutionExceptionHandler {

    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Where {@link #screenshot} writes, for a person (or CI) to look at. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final UnaryOperator<String> environment;
    private final Path chromium;
    private final Path chromedriver;
    private WebDriver driver;
    private String base;

    public Browser() {
        this(System::getenv);
    }

    /** A browser configured by {@code environment} instead of the process's environment variables. */
    Browser(UnaryOperator<String> environment) {
        this.environment = environment;
        this.chromium = Path.of(env("GUILDMARK_CHROMIUM", DEFAULT_CHROMIUM));
        this.chromedriver = Path.of(env("GUILDMARK_CHROMEDRIVER", DEFAULT_CHROMEDRIVER));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if (required()) {
            // Let the class run so beforeAll fails with the reason.
            return ConditionEvaluationResult.enabled("browser required: " + missing);
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing
                + " (install chromium and chromium-driver; CI=true or GUILDMARK_REQUIRE_BROWSER=true make this fail)");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = missing();
        if (missing != null) {
            fail("Browser tests required (CI or GUILDMARK_REQUIRE_BROWSER) but " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO).pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (driver != null && base != null) {
            driver.get(base + "/login");
            driver.manage().deleteAllCookies();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        // A class that shares this browser after this one has a server of its own: none to open before it says so.
        base = null;
    }

    /** Keeps what the browser showed when a test failed: a screenshot and the page's HTML, beside the others. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (driver != null) {
            try {
                String name = "failed-" + context.getRequiredTestMethod().getName();
                screenshot(name);
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    /** Points the browser at the server on {@code port} of this machine. */
    public Browser at(int port) {
        base = "http://localhost:" + port;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the server, e.g. {@code /login}. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Fills in the sign-in form and sends it; where it leads (home, an error, a forced change) is the caller's. */
    public Browser signIn(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        return clickAndWait("main button[type=submit]");
    }

    /** Signs out with the button every signed-in page has. */
    public Browser signOut() {
        return clickAndWait(".sign-out button");
    }

    /**
     * Clicks a link or button that loads a new page and waits until it has: a click returns once the event is
     * dispatched, not when the next page is there.
     */
    public Browser clickAndWait(String css) {
        return clickAndWait(find(css));
    }

    public Browser clickAndWait(WebElement element) {
        WebElement page = find("html");
        element.click();
        waitUntilLeft(page);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(loaded -> "complete".equals(
                ((JavascriptExecutor) loaded).executeScript("return document.readyState;")));
        return this;
    }

    /** Presses keys on the focused element and waits for the page they load. */
    public Browser pressAndWait(CharSequence... keys) {
        WebElement page = find("html");
        new Actions(driver).sendKeys(keys).perform();
        waitUntilLeft(page);
        return this;
    }

    /**
     * Waits until {@code page} is no longer the current document. Chromium reports a node of a document that is
     * being replaced either as stale or, mid-navigation, as an "unknown error" that the node does not belong to the
     * document; both mean the old page is gone.
     */
    private void waitUntilLeft(WebElement page) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(current -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw replaced;
            }
        });
    }

    /** The path of the current page, without the server. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Saves the whole page as {@code target/screenshots/NAME.png} and returns the file. */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Number height = (Number) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    Math.max(window.getHeight(), height.intValue() + 140)));
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not save the screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * Checks the page's accessibility basics: a language, one main landmark, a header and footer, no inline styles
     * or scripts (the CSP would block them), and an accessible name (as Chromium computes it) on every link, button
     * and form field.
     */
    public void assertAccessibleBasics() {
        assertThat(find("html").getAttribute("lang")).as("html lang on %s", path()).isNotBlank();
        assertThat(findAll("main")).as("one main on %s", path()).hasSize(1);
        assertThat(findAll("header")).as("a header on %s", path()).isNotEmpty();
        assertThat(findAll("footer")).as("a footer on %s", path()).isNotEmpty();
        assertThat(findAll("[style], script, style")).as("inline styles or scripts on %s", path()).isEmpty();
        assertThat(find("title").getAttribute("textContent")).as("title on %s", path()).isNotBlank();
        for (WebElement element : findAll("a[href], button, input:not([type=hidden]), select, textarea")) {
            assertThat(element.getAccessibleName())
                    .as("accessible name of <%s id=%s name=%s> on %s", element.getTagName(),
                            element.getAttribute("id"), element.getAttribute("name"), path())
                    .isNotBlank();
        }
    }

    private String missing() {
        if (!Files.isExecutable(chromium)) {
            return "Chromium not found at " + chromium;
        }
        if (!Files.isExecutable(chromedriver)) {
            return "chromedriver not found at " + chromedriver;
        }
        return null;
    }

    private boolean required() {
        return "true".equalsIgnoreCase(environment.apply("CI"))
                || "true".equalsIgnoreCase(environment.apply("GUILDMARK_REQUIRE_BROWSER"));
    }

    private String env(String name, String otherwise) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
