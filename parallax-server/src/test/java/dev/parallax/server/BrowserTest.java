package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end in a real headless Chromium (Debian's chromium + chromium-driver; bin/install-test-deps
 * installs them). Screenshots go to target/screenshots. Skips only when the browser is absent.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static Fixture f;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed (run bin/install-test-deps)");
    f = Fixture.start();
    profile = Files.createTempDirectory("parallax-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1200,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @Test
  void readerOpensTopStoriesAStoryItsSourceAndSearches() throws Exception {
    browser.get(f.base + "/");
    List<WebElement> stories = browser.findElements(By.cssSelector("ol.cards li.card h3 a"));
    assertThat(stories).hasSize(f.storyCount());
    shot("1-home");

    // keyboard: j/k move the selection, Enter opens the selected story
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys("j");
    body = browser.switchTo().activeElement();
    body.sendKeys("j");
    browser.switchTo().activeElement().sendKeys("k");
    List<WebElement> current = browser.findElements(By.cssSelector(".item.current"));
    assertThat(current).hasSize(1);
    assertThat(current.get(0).getText()).isEqualTo(browser.findElements(By.cssSelector("ol.cards li.card")).get(0).getText());
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("/stories/"));

    browser.get(f.base + "/outlets/example-wire");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Example Wire");
    shot("9-outlet");

    String seedStory = "/stories/" + storyWithSeedText();
    browser.get(f.base + seedStory);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("ol.coverage li"))).isNotEmpty();
    // related stories arrive after the page, in place of their link
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.related ol.cards li, section.related p.empty")));
    assertThat(browser.findElements(By.cssSelector("section.related[data-src]"))).isEmpty();
    shot("2-story");

    List<WebElement> markers = browser.findElements(By.cssSelector("a.src"));
    if (!markers.isEmpty()) {
      WebElement marker = markers.get(0);
      String target = marker.getAttribute("data-src");
      marker.click();
      assertThat(browser.getCurrentUrl()).endsWith("#a-" + target);
      shot("3-source-marker");
      browser.findElement(By.cssSelector("#a-" + target + " a.cov-link")).click();
    } else {
      browser.findElement(By.cssSelector("a.cov-link")).click();
    }
    waiting().until(ExpectedConditions.urlContains("/articles/"));
    assertThat(browser.findElements(By.cssSelector(".reader .body p"))).isNotEmpty();
    shot("4-article");

    browser.get(f.base + "/search");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("Lavrov");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li mark")));
    assertThat(browser.findElement(By.id("count")).getText()).matches("\\d+ results?.*");
    assertThat(browser.getCurrentUrl()).contains("q=Lavrov");
    shot("5-search");
    box.sendKeys(Keys.ESCAPE);
  }

  @Test
  void aPersonOnTheStoryPageLeadsToEverythingAboutThem() throws Exception {
    browser.get(f.base + "/stories/" + storyWithSeedText());
    WebElement lavrov = browser.findElement(By.cssSelector(".entities a[href='/entities/sergei-lavrov']"));
    lavrov.click();
    waiting().until(ExpectedConditions.urlContains("/entities/sergei-lavrov"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sergei Lavrov");
    assertThat(browser.findElements(By.cssSelector("blockquote"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("ol.cards li.card"))).isNotEmpty();
    shot("6-entity");
  }

  @Test
  void pagesFitAPhoneScreen() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.get(f.base + "/stories/" + storyWithSeedText());
      long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
      long clientWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
      assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
      shot("6-phone-story");
      browser.get(f.base + "/");
      shot("7-phone-home");
    } finally {
      browser.manage().window().setSize(new Dimension(1200, 1000));
    }
  }

  @Test
  void editorMarksAPickFromTheStoryPage() throws Exception {
    String story = storyWithSeedText();
    browser.get(f.base + "/stories/" + story);
    browser.findElement(By.cssSelector("details.editor summary")).click();
    browser.findElement(By.name("token")).sendKeys(Fixture.TOKEN);
    browser.findElement(By.name("note")).sendKeys("Where the talks began");
    browser.findElement(By.cssSelector("#pick-form button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("unpick")));
    browser.get(f.base + "/");
    assertThat(browser.findElement(By.cssSelector(".picks")).getText()).contains("Where the talks began");
    shot("8-home-with-pick");
    browser.get(f.base + "/stories/" + story);
    browser.findElement(By.cssSelector("details.editor summary")).click();
    browser.findElement(By.id("unpick")).click();
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.id("unpick"), 0));
    assertThat(f.get("/api/picks").body()).isEqualTo("[]");
  }

  /** A brief with every section filled (the real briefer is still a placeholder), rendered and clicked. */
  @Test
  void fullBriefReadsWellAndItsSummaryMarkersLeadToTheOutlets() throws Exception {
    List<dev.parallax.domain.Article> coverage = List.of(
        BriefViewTest.article("a1", "Reuters", "US and Russia agree to keep talking"),
        BriefViewTest.article("a2", "The Guardian", "Ukraine shut out of Riyadh talks"),
        BriefViewTest.article("a3", "Al Jazeera", "Saudi Arabia hosts first high-level talks"));
    dev.parallax.brief.Brief brief = BriefViewTest.fullBrief();
    Newsroom.StoryCard card = new Newsroom.StoryCard("demo", "US and Russia open talks in Riyadh", "", List.of("Reuters", "The Guardian", "Al Jazeera"), 3,
        java.time.Instant.parse("2025-02-18T08:00:00Z"), java.time.Instant.parse("2025-02-18T16:00:00Z"), 3, null);
    String html = Pages.layout(card.title(), "", Pages.story(new Newsroom.StoryPage(card, brief, coverage), java.util.Optional.of(List.of()), false), null);
    io.javalin.Javalin demo = io.javalin.Javalin.create(cfg -> cfg.staticFiles.add(st -> {
      st.hostedPath = "/static";
      st.directory = "/dev/parallax/server/static";
      st.location = io.javalin.http.staticfiles.Location.CLASSPATH;
    })).get("/", ctx -> ctx.html(html)).start("127.0.0.1", 0);
    try {
      browser.manage().window().setSize(new Dimension(1200, 2600));
      browser.get("http://127.0.0.1:" + demo.port() + "/");
      shot("10-full-brief");
      browser.manage().window().setSize(new Dimension(1200, 1000));
      WebElement marker = browser.findElement(By.cssSelector(".lede a.src"));
      assertThat(marker.getAttribute("title")).isEqualTo("Reuters: US and Russia agree to keep talking");
      marker.click();
      assertThat(browser.getCurrentUrl()).endsWith("#a-a1");
      assertThat(browser.findElement(By.id("a-a1")).getAttribute("class")).contains("flash");
    } finally {
      demo.stop();
    }
  }

  /** The story of a seed article (the fixture's first file). */
  private static String storyWithSeedText() throws Exception {
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.get("/api/search?q=Riyadh+Lavrov&limit=20").body());
    for (var h : node.get("hits")) if (!h.get("id").asText().equals(Fixture.DATED_ID) && !h.get("id").asText().equals(Fixture.HOSTILE_ID)) return h.get("story").asText();
    throw new AssertionError("no seed story found");
  }
}
