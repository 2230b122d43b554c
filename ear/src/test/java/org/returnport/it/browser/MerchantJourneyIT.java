package org.returnport.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.returnport.it.Deployments;
import org.returnport.it.web.NewMerchant;

/**
 * A merchant in a real browser: signs up, confirms the address with the e-mailed link, signs in
 * through Keycloak, brands its store and sees the brand on its shopper home; a second merchant
 * cannot reach the first one's console.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.returnport.it.browser.Chromium#wanted")
class MerchantJourneyIT {

  static final String BASE = "http://localhost:8080";

  /** A 2x2 PNG, as a logo file would be uploaded. */
  static final String PNG_BASE64 =
      "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==";

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
  void aMerchantBrandsItsStoreAndAnotherMerchantCannotReachIt() throws Exception {
    NewMerchant first = NewMerchant.unique("Atelier Nord");
    browser = Chromium.start("en");
    signUp(browser, first);
    signIn(browser, first);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("First steps");

    browser.get(BASE + "/console/branding.xhtml");
    replace(browser.findElement(By.id("branding:primaryColor")), "#0B6E4F");
    replace(browser.findElement(By.id("branding:accentColor")), "#C2410C");
    browser.findElement(By.id("branding:save")).click();
    waitForText(browser, "Branding saved.");

    Path logo = Files.createTempFile("logo", ".png");
    Files.write(logo, java.util.Base64.getDecoder().decode(PNG_BASE64));
    browser.findElement(By.id("logoForm:logo")).sendKeys(logo.toString());
    browser.findElement(By.id("logoForm:upload")).click();
    waitForText(browser, "Logo saved.");

    browser.findElement(By.id("preview")).click();
    WebElement header = browser.findElement(By.cssSelector(".rp-shop-header"));
    assertThat(header.getCssValue("background-color")).isEqualTo("rgba(11, 110, 79, 1)");
    assertThat(browser.findElement(By.cssSelector(".rp-store-name")).getText())
        .isEqualTo("Atelier Nord");
    WebElement image = browser.findElement(By.cssSelector("img.rp-logo"));
    assertThat((Long) browser.executeScript("return arguments[0].naturalWidth;", image))
        .isEqualTo(2L);

    NewMerchant second = NewMerchant.unique("Studio Sud");
    ChromeDriver other = Chromium.start("en");
    try {
      signUp(other, second);
      signIn(other, second);
      other.get(BASE + "/console/branding.xhtml?store=" + first.slug());
      assertThat(other.findElement(By.id("branding:displayName")).getAttribute("value"))
          .isEqualTo("Studio Sud");
      other.get(BASE + "/platform/tenants.xhtml");
      assertThat(other.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    } finally {
      other.quit();
    }
  }

  private static void signUp(WebDriver browser, NewMerchant merchant) {
    browser.get(BASE + "/signup.xhtml");
    Map<String, String> form = merchant.form();
    for (String field :
        new String[] {"storeName", "slug", "firstName", "lastName", "contactEmail", "password"}) {
      browser.findElement(By.id("signup:" + field)).sendKeys(form.get(field));
    }
    new Select(browser.findElement(By.id("signup:country"))).selectByValue(form.get("country"));
    new Select(browser.findElement(By.id("signup:defaultCurrency")))
        .selectByValue(form.get("defaultCurrency"));
    browser.findElement(By.id("signup:submit")).click();
    waitForText(browser, "we sent a link to " + merchant.email());
    browser.get(BASE + merchant.verificationLink());
    waitForText(browser, merchant.storeName() + " is open");
  }

  private static void signIn(WebDriver browser, NewMerchant merchant) {
    browser.findElement(By.id("continue")).click();
    browser.findElement(By.id("username")).sendKeys(merchant.email());
    browser.findElement(By.id("kc-login")).click();
    browser.findElement(By.id("password")).sendKeys(merchant.password());
    browser.findElement(By.id("kc-login")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/console/"));
  }

  private static void replace(WebElement input, String value) {
    input.clear();
    input.sendKeys(value);
  }

  private static void waitForText(WebDriver browser, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }
}
