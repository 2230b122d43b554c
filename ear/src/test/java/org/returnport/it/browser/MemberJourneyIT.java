package org.returnport.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.returnport.it.Deployments;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;

/**
 * A shopper who returned something as a guest joins the store's program on a phone, in Chinese:
 * signs up on Keycloak's pages, confirms the address with the link from the mail sink, joins, and
 * finds the earlier guest return in the account, with the order ready to return again.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.returnport.it.browser.Chromium#wanted")
class MemberJourneyIT {

  static final String BASE = "http://localhost:8080";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  private ChromeDriver shopper;

  @AfterEach
  void closeBrowser() {
    if (shopper != null) {
      shopper.quit();
    }
  }

  @Test
  void aGuestJoinsOnAPhoneInChineseAndFindsTheEarlierReturn() throws Exception {
    StoreApi store = StoreApi.newStore("Jade Lantern");
    String slug = store.merchant().slug();
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
    String email = "lin-" + UUID.randomUUID().toString().substring(0, 8) + "@shopper.example";
    ReturnsFixtures.order(store, "JL-1", email, "CN", 3, "30.00");
    var guestReturn =
        store.post(
            "/api/v1/returns",
            ReturnsFixtures.newReturn("JL-1", email, "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(guestReturn.statusCode()).as(guestReturn.body()).isEqualTo(201);
    String rma = StoreApi.json(guestReturn).getString("rma");

    shopper = Chromium.start("en");
    shopper.manage().window().setSize(new Dimension(390, 844));
    shopper.get(BASE + "/s/" + slug + "/");
    shopper.findElement(By.cssSelector(".rp-languages a[lang='zh-CN']")).click();
    assertThat(shopper.findElement(By.tagName("h1")).getText()).isEqualTo("欢迎来到 Jade Lantern");
    shopper.findElement(By.id("openAccount")).click();

    new WebDriverWait(shopper, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains(":8190/"));
    shopper.findElement(By.cssSelector("a[href*='/login-actions/registration']")).click();
    shopper.findElement(By.name("email")).sendKeys(email);
    shopper.findElement(By.name("firstName")).sendKeys("Mei");
    shopper.findElement(By.name("lastName")).sendKeys("Lin");
    shopper.findElement(By.name("password")).sendKeys("member-pass-1");
    shopper.findElement(By.name("password-confirm")).sendKeys("member-pass-1");
    shopper
        .findElement(
            By.xpath("//input[@name='password-confirm']/ancestor::form//*[@type='submit']"))
        .click();

    new WebDriverWait(shopper, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlToBe(BASE + "/s/" + slug + "/account"));
    assertThat(shopper.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
    assertThat(shopper.findElement(By.tagName("h2")).getText()).isEqualTo("确认您的电子邮件地址");
    assertThat(shopper.findElement(By.id("verifyLead")).getText()).contains(email);
    shopper.findElement(By.id("verify:send")).click();
    assertThat(shopper.findElement(By.id("linkSent")).getText())
        .isEqualTo("我们已向 " + email + " 发送了一个链接。请查收邮件（包括垃圾邮件文件夹），打开链接以继续。");

    String link = Mailbox.linkOfSubjectStartingWith(email, "请确认");
    assertThat(link).startsWith("/s/" + slug + "/account/verify?token=");
    shopper.get(BASE + link);
    assertThat(shopper.findElement(By.id("verified")).getText()).isEqualTo("谢谢：您的电子邮件地址已确认。");
    shopper.findElement(By.id("continue")).click();

    assertThat(shopper.findElement(By.tagName("h2")).getText()).isEqualTo("加入 Jade Lantern 的会员");
    shopper.findElement(By.id("join:displayName")).sendKeys("小林");
    shopper.findElement(By.id("join:go")).click();
    assertThat(shopper.findElement(By.id("join:consentMessage")).getText())
        .as("joining without consent is refused next to the box")
        .isEqualTo("请同意会员计划的条款后再加入。");
    assertThat(shopper.switchTo().activeElement().getAttribute("id"))
        .as("the focus is on the field to fix")
        .isEqualTo("join:consent");
    assertThat(shopper.findElement(By.id("join:displayName")).getAttribute("value"))
        .isEqualTo("小林");
    shopper.findElement(By.id("join:consent")).click();
    shopper.findElement(By.id("join:go")).click();

    assertThat(shopper.findElement(By.id("messages")).getText()).isEqualTo("欢迎，小林！您现在是本店的会员了。");
    String returns = shopper.findElement(By.id("returns")).getText();
    assertThat(returns).contains(rma).contains("订单 JL-1").contains("已批准");
    assertThat(shopper.findElement(By.id("orders")).getText()).contains("JL-1").contains("发起退货");
    assertThat(fitsTheScreen(shopper)).as("nothing wider than the phone").isTrue();

    shopper.findElement(By.linkText(rma)).click();
    assertThat(shopper.findElement(By.id("rma")).getText()).isEqualTo(rma);
    assertThat(shopper.findElement(By.id("status")).getText()).isEqualTo("已批准");
    shopper.navigate().back();

    shopper.findElement(By.cssSelector("#orders a.rp-button")).click();
    assertThat(shopper.findElement(By.tagName("body")).getText())
        .as("the order opens without typing its number")
        .contains("JL-1");
    assertThat(shopper.findElements(By.id("choose"))).hasSize(1);
  }

  private static boolean fitsTheScreen(WebDriver browser) {
    Object fits =
        ((ChromeDriver) browser)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }
}
