package io.github.toolshed.chat.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.testsupport.Binaries;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The browser client in Debian's headless Chromium driven by the system chromedriver: two people chat, one
 * goes offline and comes back, and gets exactly what was said meanwhile.
 */
@Tag("integration")
class ChatBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static ConfigurableApplicationContext context;
    private static String page;
    private static final List<WebDriver> drivers = new ArrayList<>();

    @TempDir
    static Path profiles;

    @BeforeAll
    static void start() {
        context = TestChatApplication.start();
        page = "http://127.0.0.1:" + TestChatApplication.port(context) + "/chat/";
    }

    @AfterAll
    static void stop() {
        drivers.forEach(WebDriver::quit);
        if (context != null) {
            context.close();
        }
    }

    private static WebDriver browser(String name) throws IOException {
        Path chromium = Binaries.require("chromium", "chromium");
        Path chromedriver = Binaries.require("chromedriver", "chromium-driver");
        // An explicit driver and browser: Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1100,720",
                "--user-data-dir=" + Files.createDirectories(profiles.resolve(name)));
        WebDriver driver = new ChromeDriver(service, options);
        drivers.add(driver);
        return driver;
    }

    private static void join(WebDriver driver, String nick, String room) {
        driver.get(page);
        driver.findElement(By.id("nick")).sendKeys(nick);
        WebElement roomField = driver.findElement(By.id("room"));
        roomField.clear();
        roomField.sendKeys(room);
        driver.findElement(By.id("join")).click();
        waitFor(driver, d -> d.findElement(By.id("status")).getText().startsWith("Connected"));
    }

    private static void say(WebDriver driver, String text) {
        driver.findElement(By.id("text")).sendKeys(text, Keys.ENTER);
    }

    private static void waitFor(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    private static List<String> lines(WebDriver driver, String kind) {
        return driver.findElements(By.cssSelector("#messages li." + kind + " .text")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> presence(WebDriver driver) {
        return driver.findElements(By.cssSelector("#presence li")).stream().map(WebElement::getText).toList();
    }

    @Test
    void twoPeopleChatAndAReconnectingBrowserGetsWhatItMissed() throws IOException {
        WebDriver alice = browser("alice");
        WebDriver bob = browser("bob");
        join(alice, "alice", "browsers");
        join(bob, "bob", "browsers");

        waitFor(alice, d -> lines(d, "announcement").contains("bob joined"));
        waitFor(alice, d -> presence(d).equals(List.of("alice", "bob")));
        waitFor(bob, d -> presence(d).equals(List.of("alice", "bob")));

        String markup = "hello <b>bob</b> & <img src=x onerror=alert(1)>";
        say(alice, markup);
        waitFor(bob, d -> lines(d, "message").contains(markup));
        assertThat(bob.findElements(By.cssSelector("#messages b, #messages img"))).isEmpty();
        say(bob, "hi alice");
        waitFor(alice, d -> lines(d, "message").contains("hi alice"));

        bob.findElement(By.id("connection-toggle")).click();
        waitFor(bob, d -> d.findElement(By.id("status")).getText().equals("Offline"));
        waitFor(alice, d -> lines(d, "announcement").contains("bob disconnected"));
        List<String> missed = List.of("while you were away 1", "while you were away 2", "while you were away 3");
        missed.forEach(text -> say(alice, text));
        waitFor(alice, d -> lines(d, "message").containsAll(missed));

        bob.findElement(By.id("connection-toggle")).click();
        waitFor(bob, d -> lines(d, "message").containsAll(missed));
        waitFor(bob, d -> d.findElement(By.id("status")).getText().startsWith("Connected"));
        say(bob, "back again");
        waitFor(alice, d -> lines(d, "message").contains("back again"));
        waitFor(bob, d -> lines(d, "message").contains("back again"));

        assertThat(lines(bob, "message")).containsExactly(markup, "hi alice", missed.get(0), missed.get(1),
                missed.get(2), "back again");
        assertThat(lines(alice, "message")).containsExactly(markup, "hi alice", missed.get(0), missed.get(1),
                missed.get(2), "back again");
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        assertThat(meters.counter("toolshed.chat.resumes", "outcome", "recovered").count()).isEqualTo(1);

        say(alice, "welcome back, bob");
        waitFor(bob, d -> lines(d, "message").contains("welcome back, bob"));
        bob.findElement(By.id("text")).sendKeys("typing a reply");
        waitFor(alice, d -> d.findElement(By.id("typing")).getText().equals("bob is typing…"));
        Path target = Path.of("target", "chat-browser.png");
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) alice).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
    }
}
