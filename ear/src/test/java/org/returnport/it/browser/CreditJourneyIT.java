package org.returnport.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.it.returns.ReturnsFixtures.order;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.returnport.it.Deployments;
import org.returnport.it.intake.IntakeFixtures;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * A shopper chooses store credit in a real browser; once the warehouse has received and graded the
 * items, the return is settled in store credit, and the status page shows the balance with the
 * policy's bonus and the code the e-mail gave.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.returnport.it.browser.Chromium#wanted")
class CreditJourneyIT {

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
  void theShopperChoosesStoreCreditAndSeesBalanceAndCode() throws Exception {
    StoreApi store = StoreApi.newStore("Credit Journey Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
    String email = "journey-credit-" + System.nanoTime() + "@example.com";
    order(store, "CJ-1", email, "FR", 3, "30.00");

    shopper = Chromium.start("en");
    shopper.get(BASE + "/s/" + store.merchant().slug() + "/returns?lang=en");
    shopper.findElement(By.id("find:orderNumber")).sendKeys("CJ-1");
    shopper.findElement(By.id("find:email")).sendKeys(email);
    shopper.findElement(By.id("find:go")).click();
    shopper.findElement(By.id("choose:items:0:selected")).click();
    new Select(shopper.findElement(By.id("choose:items:0:reason"))).selectByValue("too-small");
    new Select(shopper.findElement(By.id("choose:items:0:condition"))).selectByValue("unused");
    shopper
        .findElement(By.cssSelector("input[name='choose:resolution'][value='STORE_CREDIT']"))
        .click();
    shopper.findElement(By.id("choose:review")).click();
    shopper.findElement(By.id("review:submit")).click();
    assertThat(shopper.findElement(By.id("status")).getText()).isEqualTo("Approved");
    String rma = shopper.findElement(By.id("rma")).getText();
    assertThat(shopper.findElements(By.id("credits"))).as("nothing issued yet").isEmpty();

    receiveAndGradeA(store, rma);
    String mail = Mailbox.text(email, "Your credit for return " + rma);
    shopper.navigate().refresh();

    String code = shopper.findElement(By.cssSelector("#credits .rp-credit-code")).getText();
    assertThat(code).matches("([2-9A-HJ-NP-Z]{4}-){4}[2-9A-HJ-NP-Z]{4}");
    assertThat(mail).contains(code);
    assertThat(shopper.findElement(By.cssSelector("#credits .rp-credit-balance")).getText())
        .contains("26.46");
    assertThat(shopper.findElement(By.id("credits")).getText()).contains("Store credit");
    assertThat(shopper.findElement(By.id("timeline")).getText())
        .contains(code.substring(code.length() - 4))
        .doesNotContain(code);
    assertThat(shopper.findElement(By.id("status")).getText()).isEqualTo("Closed");
  }

  /** The store's administrator takes the parcel in and grades its item A (as new). */
  private static void receiveAndGradeA(StoreApi store, String rma) {
    WebSession admin = new WebSession();
    admin.signIn(store.merchant().email(), store.merchant().password());
    String quantity =
        String.valueOf(
            IntakeFixtures.returnOf(store, rma)
                .getJsonArray("lines")
                .getJsonObject(0)
                .getInt("quantity"));
    WebSession.Page parcel =
        admin.submit(admin.get("/console/intake.xhtml"), "scan", Map.of("code", rma), "find");
    admin.submit(parcel, "receive", Map.of("lines:0:quantity", quantity), "go");
    WebSession.Page again =
        admin.submit(admin.get("/console/intake.xhtml"), "scan", Map.of("code", rma), "find");
    WebSession.Page graded =
        admin.upload(
            again,
            "grading",
            Map.of(
                "lines:0:quantity", quantity,
                "lines:0:grade", "A",
                "lines:0:disposition", "RESTOCK"),
            null,
            null,
            null,
            "lines:0:save");
    assertThat(graded.text()).contains("Inspection complete");
  }
}
