package org.returnport.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.returnport.it.Deployments;
import org.returnport.it.members.JoinedEvents;
import org.returnport.it.members.MemberDriver;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.StoreApi;

/**
 * A Gold member on a phone: the return they start names the policy's Gold benefit on its summary
 * ("Gold: free return shipping"); their rewards page shows the balance in the program's own name
 * for points, the tier with the bar to the next, and the history; they redeem points into store
 * credit and see the balance go down and the credit with its code.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.returnport.it.browser.Chromium#wanted")
class LoyaltyJourneyIT {

  static final String BASE = "http://localhost:8080";
  private static final String PASSWORD = "member-pass-1";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The policy's Gold members return for free (helper C's PolicyRules.tierBenefits). */
  private static final String GOLD_BENEFIT =
      "\"tierBenefits\": [{\"tier\": \"gold\", \"freeReturnShipping\": true,"
          + " \"extraWindowDays\": 0, \"refundAtFirstScan\": false}],\n  \"hubs\": [";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(
            List.of(MemberDriver.class, LoyaltyJourneyITDriver.class), List.of(JoinedEvents.class));
    JavaArchive loyalty = ear.getAsType(JavaArchive.class, "loyalty.jar");
    loyalty.addClasses(LoyaltyJourneyITBean.class);
    ear.delete("loyalty.jar");
    return ear.addAsModule(loyalty);
  }

  private ChromeDriver member;

  @AfterEach
  void closeBrowser() {
    if (member != null) {
      member.quit();
    }
  }

  @Test
  void aGoldMemberSeesTheBenefitInAReturnAndRedeemsPointsOnAPhone() throws Exception {
    StoreApi store = StoreApi.newStore("Golden Wool");
    String slug = store.merchant().slug();
    ReturnsFixtures.publishPolicy(
        store, 0, "5.95", rules -> rules.replace("\"hubs\": [", GOLD_BENEFIT));
    ReturnsFixtures.stock(store);
    String email = "gold-" + UUID.randomUUID().toString().substring(0, 8) + "@shopper.example";
    ReturnsFixtures.order(store, "GW-1", email, "FR", 3, "30.00");
    KeycloakForTests.createShopper(email, PASSWORD, true);
    long memberId = join(slug, email);
    long balance = LoyaltyJourneyITDriver.goldMember(slug, memberId, 2_500);

    member = Chromium.start("en");
    member.manage().window().setSize(new Dimension(390, 844));
    member.get(BASE + "/s/" + slug + "/returns?lang=en");
    member.findElement(By.id("find:orderNumber")).sendKeys("GW-1");
    member.findElement(By.id("find:email")).sendKeys(email);
    member.findElement(By.id("find:go")).click();
    member.findElement(By.id("choose:items:0:selected")).click();
    new Select(member.findElement(By.id("choose:items:0:reason"))).selectByValue("too-small");
    new Select(member.findElement(By.id("choose:items:0:condition"))).selectByValue("unused");
    member.findElement(By.id("choose:review")).click();
    assertThat(member.findElement(By.id("tier-benefits")).getText())
        .as("the summary names the Gold benefit")
        .contains("Gold: free return shipping");
    assertThat(fitsTheScreen(member)).as("the summary fits the phone").isTrue();

    member.findElement(By.id("accountLink")).click();
    member.findElement(By.id("username")).sendKeys(email);
    member.findElement(By.id("kc-login")).click();
    member.findElement(By.id("password")).sendKeys(PASSWORD);
    member.findElement(By.id("kc-login")).click();
    new WebDriverWait(member, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/s/" + slug + "/account"));
    member.findElement(By.id("rewardsFromAccount")).click();
    new WebDriverWait(member, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/s/" + slug + "/rewards"));

    assertThat(member.findElement(By.tagName("h1")).getText()).isEqualTo("My rewards");
    assertThat(member.findElement(By.id("balance")).getText())
        .as("the balance, in the program's name for points")
        .isEqualTo(String.format(Locale.ENGLISH, "%,d Stars", balance));
    assertThat(member.findElement(By.id("tier")).getText()).contains("Gold");
    assertThat(member.findElement(By.id("tierPerks")).getText()).isEqualTo("Free return shipping");
    WebElement bar = member.findElement(By.id("tierProgress"));
    assertThat(bar.getAttribute("aria-valuenow"))
        .as("points earned this year, towards Platinum")
        .isEqualTo(Long.toString(balance));
    assertThat(bar.getAttribute("aria-valuemax")).isEqualTo("5000");
    assertThat(member.findElement(By.id("tierProgressLabel")).getText()).contains("Platinum");
    assertThat(member.findElement(By.id("history")).getText())
        .as("an entry whose message the pages do not know says what it did")
        .contains("Points earned")
        .contains("+2,500")
        .doesNotContain("loyalty.entry");
    assertThat(member.findElement(By.id("earn")).getText()).contains("Write a review");
    assertThat(member.findElements(By.id("debt"))).as("no points owed").isEmpty();
    assertThat(fitsTheScreen(member)).as("the rewards page fits the phone").isTrue();

    member.findElement(By.id("redeem:points")).sendKeys("1000");
    member.findElement(By.cssSelector("input[name='redeem:reward'][value='STORE_CREDIT']")).click();
    member.findElement(By.id("redeem:go")).click();

    assertThat(member.findElement(By.id("redeemed")).getText())
        .contains("1,000 points became")
        .contains("10.00")
        .contains("of store credit");
    assertThat(member.findElement(By.id("balance")).getText())
        .as("the new balance")
        .isEqualTo(String.format(Locale.ENGLISH, "%,d Stars", balance - 1_000));
    assertThat(member.findElement(By.id("history")).getText()).contains("-1,000");
    WebElement credit = member.findElement(By.cssSelector("#credits li"));
    assertThat(credit.findElement(By.cssSelector(".rp-credit-balance")).getText())
        .contains("10.00");
    String code = credit.findElement(By.cssSelector(".rp-credit-code")).getText();
    assertThat(code).matches("([2-9A-HJ-NP-Z]{4}-){4}[2-9A-HJ-NP-Z]{4}");
    assertThat(member.findElement(By.id("redeemedCode")).getText()).isEqualTo(code);

    member.get(BASE + "/s/" + slug + "/rewards");
    assertThat(member.findElement(By.id("balance")).getText())
        .as("the page read again")
        .isEqualTo(String.format(Locale.ENGLISH, "%,d Stars", balance - 1_000));
  }

  /** Joins the store's program for the shopper's account; answers the member's id. */
  private static long join(String slug, String email) throws Exception {
    String token = KeycloakForTests.accessToken(email, PASSWORD);
    String body =
        Json.createObjectBuilder()
            .add("displayName", "Grace")
            .add("language", "en")
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
    return Json.createReader(new java.io.StringReader(joined.body()))
        .readObject()
        .getJsonObject("member")
        .getJsonNumber("id")
        .longValue();
  }

  private static boolean fitsTheScreen(WebDriver browser) {
    Object fits =
        ((ChromeDriver) browser)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }
}
