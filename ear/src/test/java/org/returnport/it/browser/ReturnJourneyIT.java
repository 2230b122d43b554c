package org.returnport.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.returnport.it.Deployments;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * The whole return in real browsers: the merchant publishes its first policy in the console, a
 * shopper in China returns an item on a phone in Chinese and gets the label, another shopper's
 * expensive return waits for review, and an agent approves it from the queue.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.returnport.it.browser.Chromium#wanted")
class ReturnJourneyIT {

  static final String BASE = "http://localhost:8080";

  static final String PRODUCT =
      """
      {"nameEn": "Linen shirt", "nameZh": "亚麻衬衫", "category": "apparel", "price":
       {"amount": "%s", "currency": "EUR"}, "weightGrams": 250, "hsCode": "620520", "originCountry": "PT",
       "finalSale": false}
      """;

  static final String ORDER =
      """
      {"number": "%s", "email": "%s", "shopperName": "%s", "shipCountry": "%s",
       "shipAddress": "%s", "currency": "EUR", "dutiesPaid": {"amount": "0", "currency": "EUR"}, "paymentMethod": "card",
       "placedAt": "%s", "shippedAt": "%s", "deliveredAt": "%s",
       "lines": [{"sku": "SHIRT", "name": "Linen shirt", "quantity": 1, "unitPrice": {"amount": "%s", "currency": "EUR"},
                  "tax": {"amount": "0", "currency": "EUR"},
                  "discount": {"amount": "0", "currency": "EUR"}}]}
      """;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  private ChromeDriver merchant;
  private ChromeDriver shopper;

  @AfterEach
  void closeBrowsers() {
    if (merchant != null) {
      merchant.quit();
    }
    if (shopper != null) {
      shopper.quit();
    }
  }

  @Test
  void fromPolicyToLabelAndFromReviewToApproval() throws Exception {
    StoreApi store = StoreApi.newStore("Linen House");
    assertThat(store.put("/api/v1/products/SHIRT", PRODUCT.formatted("79.00")).statusCode())
        .isEqualTo(201);
    order(store, "LH-1", "wang@example.com", "王芳", "CN", "上海市徐汇区漕溪北路1号", "79.00");
    order(store, "LH-2", "ana@example.com", "Ana Silva", "PT", "Rua Augusta 1, Lisboa", "900.00");

    merchant = Chromium.start("en");
    signIn(merchant, store);
    merchant.get(BASE + "/console/policy.xhtml");
    assertThat(merchant.findElement(By.tagName("body")).getText())
        .contains("Your store has no return policy yet");
    fillHub(
        merchant,
        "eu",
        "Linen House Returns",
        "EU, *",
        "DE",
        "Lagerstraße 12, 04103 Leipzig",
        "DHL");
    merchant.findElement(By.id("policy:addRowHUBS")).click();
    fillHub(merchant, "cn", "Linen House China", "CN", "CN", "上海市闵行区春东路88号", "SF Express");
    merchant.findElement(By.id("policy:publish")).click();
    waitForText(merchant, "Version 1 of the return policy is published.");

    shopper = Chromium.start("zh-CN");
    // A shopper in China: the timeline's times are shown in the browser's own zone.
    shopper.executeCdpCommand(
        "Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Shanghai"));
    shopper.manage().window().setSize(new Dimension(390, 844));
    shopper.get(BASE + "/s/" + store.merchant().slug() + "/returns?lang=zh-CN");
    shopper.findElement(By.id("find:orderNumber")).sendKeys("LH-1");
    shopper.findElement(By.id("find:email")).sendKeys("wang@example.com");
    shopper.findElement(By.id("find:go")).click();
    shopper.findElement(By.id("choose:items:0:selected")).click();
    new Select(shopper.findElement(By.id("choose:items:0:reason"))).selectByValue("too-small");
    new Select(shopper.findElement(By.id("choose:items:0:condition"))).selectByValue("unused");
    shopper.findElement(By.id("choose:review")).click();
    assertThat(shopper.findElement(By.id("total")).getText()).contains("73.05");
    assertThat(shopper.findElement(By.id("hub")).getText()).contains("春东路88号");
    assertThat(shopper.findElement(By.id("decision")).getText()).isEqualTo("提交后您的退货将立即获批。");
    shopper.findElement(By.id("review:submit")).click();
    assertThat(shopper.findElement(By.id("status")).getText()).isEqualTo("已批准");
    String label = shopper.findElement(By.id("label")).getAttribute("href");
    assertThat(label).as("the token stays in the return's cookie").doesNotContain("t=");
    assertThat(new WebSession().raw(label.substring(BASE.length()), Map.of()).statusCode())
        .as("not for a browser without the return's cookie")
        .isEqualTo(404);
    assertThat(shopper.findElements(By.id("customs")))
        .as("Shanghai to Shanghai crosses no border")
        .isEmpty();
    WebElement requested = shopper.findElement(By.cssSelector("#timeline li time"));
    ZonedDateTime inShanghai =
        Instant.parse(requested.getAttribute("datetime")).atZone(ZoneId.of("Asia/Shanghai"));
    assertThat(requested.getText())
        .as("the time in the browser's own zone, not the server's UTC")
        .contains(String.format("%02d:%02d", inShanghai.getHour(), inShanghai.getMinute()))
        .doesNotContain("UTC");
    assertThat(shopper.findElement(By.id("cancel:ask")).getAttribute("value")).isEqualTo("取消此退货");

    shopper.manage().deleteAllCookies();
    shopper.get(BASE + "/s/" + store.merchant().slug() + "/returns?lang=en");
    shopper.findElement(By.id("find:orderNumber")).sendKeys("LH-2");
    shopper.findElement(By.id("find:email")).sendKeys("ana@example.com");
    shopper.findElement(By.id("find:go")).click();
    shopper.findElement(By.id("choose:items:0:selected")).click();
    new Select(shopper.findElement(By.id("choose:items:0:reason"))).selectByValue("too-large");
    new Select(shopper.findElement(By.id("choose:items:0:condition"))).selectByValue("unused");
    shopper.findElement(By.id("choose:review")).click();
    assertThat(shopper.findElement(By.id("decision")).getText())
        .contains("will review your return");
    shopper.findElement(By.id("review:submit")).click();
    assertThat(shopper.findElement(By.id("status")).getText()).isEqualTo("Under review");
    String rma = shopper.findElement(By.id("rma")).getText();

    merchant.get(BASE + "/console/returns.xhtml");
    merchant.findElement(By.linkText(rma)).click();
    assertThat(merchant.findElement(By.id("reviewReasons")).getText())
        .contains("above the limit for automatic approval");
    merchant.findElement(By.id("actions:approve")).click();
    waitForText(merchant, "Return " + rma + " approved.");
    assertThat(merchant.findElement(By.id("status")).getText()).isEqualTo("Approved");

    shopper.navigate().refresh();
    assertThat(shopper.findElement(By.id("status")).getText()).isEqualTo("Approved");
    assertThat(shopper.findElement(By.id("customs")).isDisplayed())
        .as("Portugal to Germany")
        .isTrue();
  }

  private static void order(
      StoreApi store,
      String number,
      String email,
      String name,
      String country,
      String address,
      String price) {
    java.time.Instant delivered = java.time.Instant.now().minus(Duration.ofDays(4));
    var response =
        store.post(
            "/api/v1/orders",
            ORDER.formatted(
                number,
                email,
                name,
                country,
                address,
                delivered.minus(Duration.ofDays(3)),
                delivered.minus(Duration.ofDays(2)),
                delivered,
                price));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  /** Fills the last row of the hubs table. */
  private static void fillHub(WebDriver browser, String... values) {
    var rows = browser.findElements(By.cssSelector("#HUBS tbody tr"));
    var inputs = rows.get(rows.size() - 1).findElements(By.cssSelector("input[type=text]"));
    for (int i = 0; i < values.length; i++) {
      inputs.get(i).clear();
      inputs.get(i).sendKeys(values[i]);
    }
  }

  private static void signIn(WebDriver browser, StoreApi store) {
    browser.get(BASE + "/signin");
    browser.findElement(By.id("username")).sendKeys(store.merchant().email());
    browser.findElement(By.id("kc-login")).click();
    browser.findElement(By.id("password")).sendKeys(store.merchant().password());
    browser.findElement(By.id("kc-login")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/console/"));
  }

  private static void waitForText(WebDriver browser, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }
}
