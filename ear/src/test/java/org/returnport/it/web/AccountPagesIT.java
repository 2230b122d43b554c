package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.returns.ReturnsFixtures;

/**
 * The account pages of a store as a shopper uses them over HTTP: nothing without a sign-in, a
 * forged link that confirms nothing, refusals next to their field, the data download, the profile,
 * and leaving after a confirmation.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AccountPagesIT {

  static final int KEYCLOAK_PORT = 8190;

  static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void store() {
    store = StoreApi.newStore("Amber Quay");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
  }

  @Test
  void accountPagesNeedASignIn() {
    WebSession.Page account = new WebSession().get(path("account"));
    WebSession.Page verify = new WebSession().get(path("account/verify?token=forged"));

    assertThat(account.uri().getPort()).as(account.text()).isEqualTo(KEYCLOAK_PORT);
    assertThat(verify.uri().getPort()).as(verify.text()).isEqualTo(KEYCLOAK_PORT);
  }

  @Test
  void aShopperConfirmsJoinsDownloadsChangesAndLeaves() {
    String email = unique("amber");
    ReturnsFixtures.order(store, "AQ-1", email, "FR", 3, "30.00");
    WebSession shopper = new WebSession("en");

    WebSession.Page account = register(shopper, email);
    assertThat(account.text()).contains("Confirm your e-mail address").contains(email);
    assertThat(account.document().getElementById("join")).as("no joining yet").isNull();

    WebSession.Page forged = shopper.get(path("account/verify?token=forged"));
    assertThat(forged.text()).contains("This confirmation link is not valid");
    assertThat(shopper.get(path("account")).text()).contains("Confirm your e-mail address");

    WebSession.Page sent = shopper.submit(account, "verify", Map.of(), "send");
    assertThat(sent.document().getElementById("linkSent").text()).contains(email);
    WebSession.Page verified =
        shopper.get(Mailbox.link(email, "Confirm your e-mail address for Amber Quay"));
    assertThat(verified.document().getElementById("verified").text())
        .isEqualTo("Thank you: your e-mail address is confirmed.");

    WebSession.Page join = shopper.get(path("account"));
    WebSession.Page tooLong =
        shopper.submit(join, "join", Map.of("displayName", "x".repeat(31), "consent", "on"), "go");
    assertThat(tooLong.fieldError("join", "displayName"))
        .isEqualTo("A display name has at most 30 characters.");
    assertThat(field(tooLong, "join:displayName").attr("aria-invalid")).isEqualTo("true");
    assertThat(field(tooLong, "join:displayName").hasAttr("autofocus")).isTrue();
    assertThat(field(tooLong, "join:consent").hasAttr("autofocus")).isFalse();

    WebSession.Page joined =
        shopper.submit(tooLong, "join", Map.of("displayName", "Amber Fan", "consent", "on"), "go");
    assertThat(joined.text()).contains("Welcome, Amber Fan!");
    assertThat(joined.document().getElementById("orders").text()).contains("AQ-1");
    Element startReturn = joined.document().selectFirst("#orders a.rp-button");
    assertThat(startReturn.attr("href")).startsWith(path("returns?order=AQ-1&t="));

    String other = unique("quay");
    WebSession second = new WebSession("en");
    WebSession.Page secondAccount = register(second, other);
    second.submit(secondAccount, "verify", Map.of(), "send");
    second.get(Mailbox.link(other, "Confirm your e-mail address for Amber Quay"));
    WebSession.Page taken =
        second.submit(
            second.get(path("account")),
            "join",
            Map.of("displayName", "AMBER FAN", "consent", "on"),
            "go");
    assertThat(taken.fieldError("join", "displayName")).contains("already taken in this store");
    assertThat(taken.document().getElementById("orders")).as("not joined").isNull();

    HttpResponse<byte[]> data = shopper.download(joined, "data", "download");
    assertThat(data.statusCode()).isEqualTo(200);
    assertThat(data.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(data.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment;"));
    assertThat(data.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    assertThat(new String(data.body(), StandardCharsets.UTF_8))
        .contains("\"displayName\":\"Amber Fan\"")
        .contains("\"AQ-1\"")
        .doesNotContain(other);

    WebSession.Page saved =
        shopper.submit(
            shopper.get(path("account")),
            "profile",
            Map.of("displayName", "Amber Friend", "language", "zh-CN"),
            "save");
    assertThat(saved.text()).contains("Your profile is saved.");
    assertThat(field(saved, "profile:displayName").val()).isEqualTo("Amber Friend");
    assertThat(field(saved, "profile:language").selectFirst("option[selected]").val())
        .isEqualTo("zh-CN");

    WebSession.Page asked = shopper.submit(saved, "leave", Map.of(), "ask");
    assertThat(asked.document().getElementById("leaveConfirm").text())
        .contains("We erase your display name");
    assertThat(shopper.get(path("account")).text())
        .as("asking is not leaving")
        .contains("Hello Amber Friend");
    WebSession.Page left = shopper.submit(asked, "leave", Map.of(), "confirm");
    assertThat(left.text()).contains("Your membership is deleted.");
    assertThat(left.document().getElementById("join")).isNotNull();
    assertThat(left.document().getElementById("data")).isNull();

    WebSession.Page signedOut = shopper.fill(left, "form.rp-signout", Map.of());
    assertThat(signedOut.uri().getPath()).as("back in the store").isEqualTo(path(""));
    assertThat(shopper.get(path("account")).uri().getPort())
        .as("signed out of Keycloak too: asked to sign in again")
        .isNotEqualTo(8080);
  }

  /** Signs up on Keycloak's registration page from the store's account page; lands back there. */
  private static WebSession.Page register(WebSession shopper, String email) {
    WebSession.Page login = shopper.get(path("account"));
    Element link = login.document().selectFirst("a[href*=/login-actions/registration]");
    assertThat(link).as("a sign-up link on " + login.uri()).isNotNull();
    WebSession.Page form = shopper.get(login.uri().resolve(link.attr("href")).toString());
    WebSession.Page landed =
        shopper.fill(
            form,
            "form:has(input[name=password-confirm])",
            Map.of(
                "email",
                email,
                "firstName",
                "Ada",
                "lastName",
                "Quay",
                "password",
                "member-pass-1",
                "password-confirm",
                "member-pass-1"));
    assertThat(landed.uri().getPath()).as(landed.text()).isEqualTo(path("account"));
    return landed;
  }

  private static Element field(WebSession.Page page, String id) {
    Element field = page.document().getElementById(id);
    assertThat(field).as(id + " on " + page.uri()).isNotNull();
    return field;
  }

  private static String path(String page) {
    return "/s/" + store.merchant().slug() + "/" + page;
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@shopper.example";
  }
}
