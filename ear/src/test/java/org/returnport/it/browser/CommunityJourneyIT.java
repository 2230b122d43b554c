package org.returnport.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.returnport.it.Deployments;
import org.returnport.it.members.JoinedEvents;
import org.returnport.it.members.MemberDriver;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.StoreApi;

/**
 * A new member writes a topic on a phone, in Chinese, with Markdown and a photo taken on the spot;
 * as a new member's first post it waits for a moderator, who approves it and then hides it with a
 * reason: guests no longer see it, and its author reads why, in Chinese.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.returnport.it.browser.Chromium#wanted")
class CommunityJourneyIT {

  static final String BASE = "http://localhost:8080";
  private static final String PASSWORD = "member-pass-1";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(List.of(MemberDriver.class), List.of(JoinedEvents.class));
  }

  private ChromeDriver member;
  private ChromeDriver moderator;

  @AfterEach
  void closeBrowsers() {
    for (ChromeDriver browser : new ChromeDriver[] {member, moderator}) {
      if (browser != null) {
        browser.quit();
      }
    }
  }

  @Test
  void aMemberPostsAPhotoTopicOnAPhoneInChineseAndAModeratorHidesIt() throws Exception {
    StoreApi store = StoreApi.newStore("Tea Garden");
    String slug = store.merchant().slug();
    String email = "mei-" + UUID.randomUUID().toString().substring(0, 8) + "@shopper.example";
    KeycloakForTests.createShopper(email, PASSWORD, true);
    join(slug, email);

    member = Chromium.start("zh-CN");
    member.manage().window().setSize(new Dimension(390, 844));
    member.get(BASE + "/s/" + slug + "/community?lang=zh-CN");
    member.findElement(By.linkText("发布新主题")).click();
    member.findElement(By.id("username")).sendKeys(email);
    member.findElement(By.id("kc-login")).click();
    member.findElement(By.id("password")).sendKeys(PASSWORD);
    member.findElement(By.id("kc-login")).click();
    new WebDriverWait(member, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/s/" + slug + "/community/new"));

    new Select(member.findElement(By.id("topic:category"))).selectByIndex(1);
    member.findElement(By.id("topic:title")).sendKeys("毛衣尺码偏小");
    member.findElement(By.id("topic:markdown")).sendKeys("**偏小**，建议买大一码。\n\n");
    member.findElement(By.id("topicPhoto")).sendKeys(photo().toString());
    new WebDriverWait(member, Duration.ofSeconds(20))
        .withMessage("the photo is uploaded and its Markdown put into the post")
        .until(
            browser ->
                browser
                    .findElement(By.id("topic:markdown"))
                    .getAttribute("value")
                    .contains("/community/images/"));
    member.findElement(By.id("topic:post")).click();

    new WebDriverWait(member, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/s/" + slug + "/community/t/"));
    String topicUrl = member.getCurrentUrl();
    assertThat(member.findElement(By.id("topicTitle")).getText()).isEqualTo("毛衣尺码偏小");
    assertThat(member.findElement(By.cssSelector("#p1 .rp-post-body strong")).getText())
        .isEqualTo("偏小");
    assertThat(member.findElement(By.id("p1")).getText())
        .as("the author sees the new member's post waits for a moderator")
        .contains("此帖子仅您可见：正在等待版主审核。");
    assertThat(photoShows(member)).as("the photo is served and shown").isTrue();
    assertThat(fitsTheScreen(member)).as("nothing wider than the phone").isTrue();
    assertThat(guestStatus(topicUrl)).as("guests do not see a held topic").isEqualTo(404);

    moderator = Chromium.start("en");
    moderator.get(BASE + "/signin");
    moderator.findElement(By.id("username")).sendKeys(store.merchant().email());
    moderator.findElement(By.id("kc-login")).click();
    moderator.findElement(By.id("password")).sendKeys(store.merchant().password());
    moderator.findElement(By.id("kc-login")).click();
    new WebDriverWait(moderator, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/console/"));
    moderator.get(BASE + "/console/moderation.xhtml");
    String heading = moderator.findElement(By.cssSelector("h2[id^='POST-']")).getAttribute("id");
    String postId = heading.split("-")[1];
    moderator.findElement(By.cssSelector("[id$=':approve']")).click();
    waitForText(moderator, "approved");
    assertThat(guestStatus(topicUrl)).as("approved, guests read it").isEqualTo(200);

    new Select(moderator.findElement(By.id("any:kind"))).selectByValue("POST");
    moderator.findElement(By.id("any:contentId")).sendKeys(postId);
    new Select(moderator.findElement(By.id("any:act"))).selectByValue("HIDE");
    moderator.findElement(By.id("any:reason")).sendKeys("照片中有个人地址");
    moderator.findElement(By.id("any:go")).click();
    waitForText(moderator, "hidden");

    assertThat(guestStatus(topicUrl)).as("hidden, guests no longer read it").isEqualTo(404);
    member.navigate().refresh();
    assertThat(member.findElement(By.id("p1")).getText())
        .as("the author reads why, in Chinese")
        .contains("版主隐藏了此帖子，仅您可见。原因：照片中有个人地址");
  }

  /** Joins the store's program for the shopper's account, in Chinese. */
  private static void join(String slug, String email) throws Exception {
    String token = KeycloakForTests.accessToken(email, PASSWORD);
    String body =
        Json.createObjectBuilder()
            .add("displayName", "小林")
            .add("language", "zh-CN")
            .add("consent", true)
            .build()
            .toString();
    HttpResponse<String> joined =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + "/it/members?store=" + slug + "&op=join"))
                .header("Content-Type", "application/json")
                .header("X-Person-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
  }

  /** A photo as a phone would take it: a small PNG in a file of its own. */
  private static Path photo() throws Exception {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(new Color(0x2E7D32));
    graphics.fillRect(0, 0, 64, 48);
    graphics.dispose();
    Path file = Files.createTempFile("sweater-", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  private static int guestStatus(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static boolean photoShows(WebDriver browser) {
    Object loaded =
        ((ChromeDriver) browser)
            .executeScript(
                "const img = document.querySelector('#p1 .rp-post-body img');"
                    + " return img != null && img.complete && img.naturalWidth === 64;");
    return Boolean.TRUE.equals(loaded);
  }

  private static boolean fitsTheScreen(WebDriver browser) {
    Object fits =
        ((ChromeDriver) browser)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }

  private static void waitForText(WebDriver browser, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            driver ->
                driver.findElement(By.tagName("body")).getText().toLowerCase().contains(text));
  }
}
