package org.returnport.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.returnport.it.Deployments;
import org.returnport.it.web.NewMerchant;
import org.returnport.it.web.WebSession;

/**
 * The pages in a real browser under the Content-Security-Policy: nothing of ours is blocked, and
 * PrimeFaces' scripts run; and axe, as accessibility auditors run it, finds no text without enough
 * contrast on a new store's pages, nor on a store whose colours would not carry white text.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.returnport.it.browser.Chromium#installed")
class PagesUnderPolicyIT {

  static final String BASE = "http://localhost:8080";

  /** Registered before any page script, so that every refusal of the policy is counted. */
  static final String COUNT_VIOLATIONS =
      "window.cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', e =>"
          + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' '"
          + " + e.sourceFile + ':' + e.lineNumber));";

  static final String AJAX_DONE =
      "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
          + " && document.readyState === 'complete';";

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
  void aNewStoresShopperPagesHaveEnoughContrastAndNothingIsBlocked() throws Exception {
    NewMerchant merchant = NewMerchant.unique("Axe Shop");
    merchant.signUp(new WebSession());
    browser = start();

    for (String page : List.of("", "returns")) {
      browser.get(BASE + "/s/" + merchant.slug() + "/" + page);
      assertThat(contrastFailures()).as("/" + page).isEmpty();
      assertThat(policyViolations()).as("/" + page).isEmpty();
    }
  }

  @Test
  void textAdaptsToColoursThatWouldNotCarryWhiteText() throws Exception {
    NewMerchant merchant = NewMerchant.unique("Pale Shop");
    WebSession admin = new WebSession();
    merchant.signUp(admin);
    admin.signIn(merchant.email(), merchant.password());
    WebSession.Page saved =
        admin.submit(
            admin.get("/console/branding.xhtml"),
            "branding",
            Map.of("primaryColor", "#ffeb3b", "accentColor", "#00897b"),
            "save");
    assertThat(saved.text()).contains("Branding saved.");
    browser = start();

    browser.get(BASE + "/s/" + merchant.slug() + "/");

    assertThat(contrastFailures()).isEmpty();
    assertThat(policyViolations()).isEmpty();
  }

  @Test
  void primeFacesRunsUnderThePolicyInTheConsole() throws Exception {
    NewMerchant merchant = NewMerchant.unique("Script Shop");
    merchant.signUp(new WebSession());
    browser = start();
    browser.get(BASE + "/signin");
    browser.findElement(By.id("username")).sendKeys(merchant.email());
    browser.findElement(By.id("kc-login")).click();
    browser.findElement(By.id("password")).sendKeys(merchant.password());
    browser.findElement(By.id("kc-login")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(b -> b.getCurrentUrl().startsWith(BASE + "/console/"));

    browser.get(BASE + "/console/returns.xhtml");
    waitFor("return document.readyState === 'complete' && !!window.PrimeFaces;");
    Object nonce = browser.executeScript("return window.PrimeFaces && PrimeFaces.csp.NONCE_VALUE;");
    String seen =
        browser.getCurrentUrl()
            + " "
            + browser.executeScript(
                "return typeof jQuery + ' ' + Array.from(document.scripts)"
                    + ".map(s => (s.src || 'inline') + ' ' + s.nonce).join(', ');")
            + " "
            + policyViolations();
    browser.findElement(By.id("queue:apply")).click();
    waitFor(AJAX_DONE);
    assertThat(browser.findElements(By.id("queue:returns"))).isNotEmpty();

    assertThat(nonce).as("PrimeFaces' scripts ran and know the page's nonce: " + seen).isNotNull();
    assertThat(nonce.toString()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("#queue input[name='primefaces.nonce']")))
        .as("PrimeFaces added the nonce to the form, so its posts carry it")
        .isNotEmpty();
    assertThat(policyViolations()).isEmpty();
  }

  /** Waits up to ten seconds for the script to answer true, and goes on either way. */
  private void waitFor(String script) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(b -> Boolean.TRUE.equals(browser.executeScript(script)));
    } catch (org.openqa.selenium.TimeoutException e) {
      // the assertions that follow say what is missing
    }
  }

  private ChromeDriver start() throws Exception {
    ChromeDriver driver = Chromium.start("en");
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", COUNT_VIOLATIONS));
    return driver;
  }

  @SuppressWarnings("unchecked")
  private List<String> policyViolations() {
    return (List<String>) browser.executeScript("return window.cspViolations || [];");
  }

  /** What axe's colour-contrast rule finds on the page as it is shown. */
  @SuppressWarnings("unchecked")
  private List<String> contrastFailures() throws IOException {
    browser.executeScript(axe());
    return (List<String>)
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast']}})"
                + ".then(r => done(r.violations.flatMap(v => v.nodes.map("
                + "n => n.target.join(' ') + ': ' + n.failureSummary))))"
                + ".catch(e => done(['axe failed: ' + e]));");
  }

  private static String axe() throws IOException {
    try (InputStream in = PagesUnderPolicyIT.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
