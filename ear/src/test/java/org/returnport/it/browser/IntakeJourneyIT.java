package org.returnport.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.returnport.access.StaffRole;
import org.returnport.it.Deployments;
import org.returnport.it.intake.IntakeFixtures;
import org.returnport.it.web.NewMerchant;
import org.returnport.it.web.StaffInvitations;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * A warehouse worker on a phone at the packing table: the scan field has the focus, a scanner types
 * the RMA and Enter, the parcel is received, one tee is graded "as new" and restocked and the other
 * "damaged" and disposed of, and the return is inspected. The hub's dashboard then draws its charts
 * under the page's Content-Security-Policy.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.returnport.it.browser.Chromium#wanted")
class IntakeJourneyIT {

  static final String BASE = "http://localhost:8080";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  private ChromeDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aWarehouseWorkerScansReceivesGradesTwoItemsAndRestocksOne() throws Exception {
    StoreApi store = IntakeFixtures.store("Phone Hub");
    String rma =
        IntakeFixtures.approvedReturn(store, "phone-" + System.nanoTime() + "@example.com");
    WebSession owner = new WebSession();
    owner.signIn(store.merchant().email(), store.merchant().password());
    NewMerchant packer = NewMerchant.unique("phone-packer");
    packer.signUp(new WebSession());
    StaffInvitations.invite(owner, packer.email(), StaffRole.WAREHOUSE);
    StaffInvitations.accept(packer);

    browser = Chromium.start("en");
    browser.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", PagesUnderPolicyIT.COUNT_VIOLATIONS));
    browser.manage().window().setSize(new Dimension(390, 844));
    signIn(browser, packer);
    browser.get(BASE + "/console/switch.xhtml");
    browser
        .findElement(
            By.cssSelector("#switch input[type=submit][value='" + store.merchant().slug() + "']"))
        .click();
    browser.get(BASE + "/console/intake.xhtml");

    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .as("the scan field waits for the scanner")
        .isEqualTo("scan:code");
    browser.switchTo().activeElement().sendKeys(rma);
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("rma=" + rma));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Approved");
    assertThat(browser.findElement(By.id("receive:lines:0:quantity")).getAttribute("value"))
        .isEqualTo("2");

    browser.findElement(By.id("receive:go")).click();
    waitForText(browser, "Return " + rma + " received.");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Received");
    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .as("ready for the next parcel")
        .isEqualTo("scan:code");

    grade(browser, "1", "A", "RESTOCK");
    waitForText(browser, "Grade saved for return " + rma);
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Received");
    grade(browser, "1", "C", "DISPOSE");
    waitForText(browser, "Inspection complete");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Inspected");
    assertThat(browser.findElement(By.id("grading")).getText())
        .contains("1 × A As new → Restock")
        .contains("1 × C Damaged → Dispose");
    // Inspected, and settled and closed as soon as the sandbox gateway has refunded it.
    assertThat(IntakeFixtures.returnOf(store, rma).getString("status"))
        .isIn("INSPECTED", "REFUNDED", "CLOSED");
    assertThat(IntakeFixtures.event(store, "ReturnInspected", rma).getInt("restocked"))
        .isEqualTo(1);
    assertThat(
            (Long)
                browser.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;"))
        .as("nothing wider than the phone")
        .isLessThanOrEqualTo(0L);

    browser.get(BASE + "/console/hub.xhtml");
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            b ->
                Boolean.TRUE.equals(
                    browser.executeScript(
                        "return !!(window.Chart && Chart.getChart("
                            + "document.getElementById('arrivalsChart_canvas')));")));
    assertThat(browser.findElement(By.id("times")).getText()).contains("1");
    assertThat(
            (Long)
                browser.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;"))
        .as("the dashboard fits the phone too")
        .isLessThanOrEqualTo(0L);
    assertThat(policyViolations()).isEmpty();
  }

  private static void grade(WebDriver browser, String quantity, String grade, String disposition) {
    var field = browser.findElement(By.id("grading:lines:0:quantity"));
    field.clear();
    field.sendKeys(quantity);
    new Select(browser.findElement(By.id("grading:lines:0:grade"))).selectByValue(grade);
    new Select(browser.findElement(By.id("grading:lines:0:disposition")))
        .selectByValue(disposition);
    browser.findElement(By.id("grading:lines:0:save")).click();
  }

  @SuppressWarnings("unchecked")
  private List<String> policyViolations() {
    return (List<String>) browser.executeScript("return window.cspViolations || [];");
  }

  private static void signIn(WebDriver browser, NewMerchant person) {
    browser.get(BASE + "/signin");
    browser.findElement(By.id("username")).sendKeys(person.email());
    browser.findElement(By.id("kc-login")).click();
    browser.findElement(By.id("password")).sendKeys(person.password());
    browser.findElement(By.id("kc-login")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/console/"));
  }

  private static void waitForText(WebDriver browser, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }
}
