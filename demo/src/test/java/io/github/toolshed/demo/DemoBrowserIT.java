package io.github.toolshed.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.testsupport.Binaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo in Debian's headless Chromium driven by the system chromedriver: the blog's home
 * page, a post reached by its link, then the chat room from the post's navigation, joined and
 * with a message sent. Screenshots go to {@code target/screenshots/} ({@code demo-blog.png},
 * {@code demo-post.png}, {@code demo-chat.png}, and {@code demo-cache-admin.png}: the admin page
 * opened with credentials in the URL after some browsing); {@code scripts/screenshots} copies
 * them into docs/images/.
 */
@Tag("integration")
class DemoBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ADMIN_PASSWORD = "browser-test";

    private static ConfigurableApplicationContext context;
    private static WebDriver driver;
    private static String base;

    @TempDir
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Path chromium = Binaries.require("chromium", "chromium");
        Path chromedriver = Binaries.require("chromedriver", "chromium-driver");
        context = SpringApplication.run(DemoApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                "--toolshed.demo.admin.username=admin", "--toolshed.demo.admin.password=" + ADMIN_PASSWORD);
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        // An explicit driver and browser: Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,800",
                "--user-data-dir=" + Files.createDirectories(profile.resolve("demo")));
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void readerOpensTheBlog_followsAPost_andJoinsTheChat() throws IOException {
        driver.get(base + "/");
        assertThat(driver.getTitle()).isEqualTo("Toolshed blog");
        assertThat(driver.findElements(By.cssSelector("article.summary"))).hasSizeGreaterThanOrEqualTo(5);
        screenshot("demo-blog.png");

        WebElement first = driver.findElement(By.cssSelector("article.summary h2 a"));
        String title = first.getText();
        first.click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().matches(".*/blog/\\d{4}/[a-z]{3}/\\d+/[\\w-]+/"));
        assertThat(driver.findElement(By.cssSelector("article.post h1")).getText()).isEqualTo(title);
        assertThat(driver.findElements(By.cssSelector("article.post .body p"))).isNotEmpty();
        screenshot("demo-post.png");

        driver.findElement(By.id("chat-link")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/chat/"));
        assertThat(driver.findElement(By.id("nick")).isDisplayed()).isTrue();

        driver.findElement(By.id("nick")).sendKeys("reader");
        driver.findElement(By.id("join")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("chat")).isDisplayed());
        driver.findElement(By.id("text")).sendKeys("Hello from " + title);
        driver.findElement(By.id("send")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("messages")).getText()
                .contains("Hello from " + title));
        screenshot("demo-chat.png");
    }

    @Test
    void adminSeesTheCacheAfterBrowsing() throws IOException {
        driver.get(base + "/");
        driver.get(base + "/about/");
        driver.get(base + "/about/");
        driver.get(base.replace("http://", "http://admin:" + ADMIN_PASSWORD + "@") + "/cache/");

        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("cache-stats")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Page cache");
        assertThat(driver.findElement(By.id("hit-ratio")).getText()).matches("\\d+\\.\\d %");
        assertThat(driver.findElement(By.id("pages")).getText()).contains("/about/");
        screenshot("demo-cache-admin.png");
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
    }
}
