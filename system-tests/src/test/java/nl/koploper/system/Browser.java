package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the portal: Debian's chromium, headless, driven through Debian's chromedriver (never a browser a test
 * tool downloads), with a fresh profile. Every page it opens can be photographed into {@code target/screenshots} and
 * checked with axe-core (installed by npm in {@code system-tests/browser}) for WCAG 2.1 AA violations.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("koploper.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("koploper.chromedriver", "/usr/bin/chromedriver"));
    static final Path AXE = KoploperCommand.REPO_ROOT.resolve("system-tests/browser/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = KoploperCommand.REPO_ROOT.resolve("system-tests/target/screenshots");

    private static final AtomicInteger SHOTS = new AtomicInteger();

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    Browser(String baseUrl, boolean phone) {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run does)")
                .isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver)").isExecutable();
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("koploper-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                phone ? "--window-size=390,844" : "--window-size=1280,900", "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Opens a portal path ({@code /gemeenten/x}) or a full URL (a link from a mail). */
    Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The text a person reads on the page (the body, without markup). */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    String value(String id) {
        return field(id).getDomAttribute("value") == null ? field(id).getAttribute("value")
                : field(id).getAttribute("value");
    }

    Browser type(String id, String text) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(field(id)).selectByValue(value);
        return this;
    }

    /** Opens a folded part of the page ({@code <details>}) by clicking its summary, as a person would. */
    Browser unfold(String summaryText) {
        WebElement summary = driver.findElements(By.tagName("summary")).stream()
                .filter(element -> element.getText().strip().equals(summaryText)).findFirst()
                .orElseThrow(() -> new AssertionError("No folded part '" + summaryText + "' on " + driver.getCurrentUrl()));
        if (summary.findElement(By.xpath("..")).getAttribute("open") == null) {
            summary.click();
        }
        return this;
    }

    Browser check(String id) {
        WebElement box = field(id);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /**
     * Clicks the link or button a person would by its visible text (the first one that contains it), and waits until
     * the page it leads to has loaded (every link and button of the portal leads to a page).
     */
    Browser click(String visibleText) {
        List<WebElement> candidates = new ArrayList<>(driver.findElements(By.xpath(
                "//a[contains(normalize-space(.), " + literal(visibleText) + ")]"
                        + " | //button[contains(normalize-space(.), " + literal(visibleText) + ")]")));
        assertThat(candidates).as("a link or button '%s' on %s:%n%s", visibleText, url(), text()).isNotEmpty();
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.koploperPageBeforeClick = true");
        candidates.get(0).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> aNewPageHasLoaded(script));
        return this;
    }

    /*
     * Asks the window instead of watching the old page's <html> for staleness: while Chromium swaps documents, asking an
     * element of the old one can fail with an inspector error ("Node with given id does not belong to the document")
     * rather than a stale-element answer, which a staleness wait does not expect. A question asked mid-swap counts as
     * "not yet".
     */
    private static boolean aNewPageHasLoaded(JavascriptExecutor script) {
        try {
            return Boolean.TRUE.equals(script.executeScript(
                    "return window.koploperPageBeforeClick === undefined && document.readyState === 'complete'"));
        } catch (WebDriverException swapping) {
            return false;
        }
    }

    /** The error message the page shows for the input {@code id} (its {@code id-error} paragraph). */
    String errorOf(String id) {
        List<WebElement> errors = driver.findElements(By.id(id + "-error"));
        return errors.isEmpty() ? null : errors.get(0).getText();
    }

    /**
     * Signs in at the local issuer's page as {@code email} with a gemeente and role ("Iemand anders"), starting from the
     * portal's "/mijn"; ends on the page of that role.
     */
    Browser signIn(String email, String tenant, String role) {
        open("/mijn");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("other")).isEmpty());
        type("username", email);
        if (tenant != null) {
            type("tenant", tenant);
        }
        select("role", role);
        driver.findElement(By.cssSelector("#other button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(baseUrl));
        return this;
    }

    Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    /** Waits (reloading) until the page shows {@code text}: what another service does arrives through Kafka. */
    Browser reloadUntilShown(String text, Duration atMost) {
        new WebDriverWait(driver, atMost, Duration.ofSeconds(2)).until(d -> {
            if (text().contains(text)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        return this;
    }

    /** A PNG of the page as it looks now, {@code NN-name.png} in the build's screenshot folder. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve("%02d-%s.png".formatted(SHOTS.incrementAndGet(), name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * axe-core's WCAG 2.1 A/AA rules on the page as it is now: the serious and critical violations, each as
     * "rule: help (elements)". Empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        String axe;
        try {
            axe = Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("axe-core is not installed: cd system-tests/browser && npm ci", e);
        }
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                found.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " "
                        + violation.get("nodes"));
            }
        }
        return found;
    }

    /** Screenshot, then axe: the page must have no serious or critical WCAG 2.1 AA violation. */
    Browser looksRight(String name) {
        screenshot(name);
        assertThat(accessibilityViolations()).as("accessibility of %s (%s)", name, url()).isEmpty();
        return this;
    }

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}
