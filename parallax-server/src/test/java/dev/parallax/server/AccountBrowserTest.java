package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accounts in a real headless Chromium, at a phone's width: sign up (the first account is the admin),
 * sign out, sign in, change the password in the settings, and mark a pick as a signed-in admin (the page's
 * script sends the CSRF token; no admin token is asked for). Skips only when the browser is absent.
 */
class AccountBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static Fixture f;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed (run bin/install-test-deps)");
    f = Fixture.start();
    profile = Files.createTempDirectory("parallax-chromium-accounts-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=390,844");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.manage().window().setSize(new Dimension(390, 844));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.quit();
    if (f != null) f.close();
    if (profile != null)
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
  }

  private static void shot(String name) throws Exception {
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void fitsThePhone() {
    long scroll = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    long client = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
    assertThat(scroll).as("no sideways scrolling on " + browser.getCurrentUrl()).isLessThanOrEqualTo(client);
  }

  private static void fill(String name, String value) {
    var field = browser.findElement(By.name(name));
    field.clear();
    field.sendKeys(value);
  }

  @Test
  void signsUpSignsInChangesThePasswordAndMarksAPick() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    browser.get(f.base + "/");
    browser.findElement(By.linkText("Account")).click();
    wait.until(ExpectedConditions.urlContains("/signin"));
    browser.findElement(By.linkText("Sign up")).click();
    assertThat(browser.getPageSource()).contains("the first one made is its admin");
    fitsThePhone();
    shot("accounts-1-signup");
    fill("email", "editor@example.org");
    fill("password", "a long first password");
    browser.findElement(By.cssSelector("form[action='/signup'] button")).click();
    wait.until(ExpectedConditions.urlContains("/account"));
    assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("editor@example.org").contains("admin");
    fitsThePhone();
    shot("accounts-2-settings");

    browser.findElement(By.xpath("//button[text()='Sign out']")).click();
    wait.until(ExpectedConditions.urlToBe(f.base + "/"));
    browser.get(f.base + "/account");
    assertThat(browser.getCurrentUrl()).contains("/signin");
    fill("email", "Editor@Example.org");
    fill("password", "a long first password");
    browser.findElement(By.cssSelector("form[action='/signin'] button")).click();
    wait.until(ExpectedConditions.urlContains("/account"));

    fill("current", "a long first password");
    browser.findElements(By.name("password")).get(0).sendKeys("a long second password");
    browser.findElement(By.xpath("//button[text()='Change password']")).click();
    wait.until(ExpectedConditions.urlContains("done=password"));
    assertThat(browser.findElement(By.cssSelector("p.note[role=status]")).getText()).contains("Your password is changed");
    fitsThePhone();

    String story = new ObjectMapper().readTree(f.get("/api/stories?limit=1").body()).at("/items/0/id").asText();
    browser.get(f.base + "/stories/" + story);
    browser.findElement(By.cssSelector("details.editor summary")).click();
    assertThat(browser.findElements(By.name("token"))).as("a signed-in admin needs no admin token").isEmpty();
    fill("note", "Chosen while signed in");
    browser.findElement(By.cssSelector("#pick-form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unpick")));
    browser.get(f.base + "/");
    assertThat(browser.findElement(By.cssSelector(".picks")).getText()).contains("Chosen while signed in");
    shot("accounts-3-home-with-pick");
  }
}
