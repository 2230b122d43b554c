package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A shopper asks for a store's member pages and signs in or up on Keycloak's pages, which carry
 * that store's name and colours and the language the shopper reads the store in; from the console,
 * the same pages are Returnport's.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MemberSignInIT {

  static final int KEYCLOAK_PORT = 8190;

  static final String VIOLET_NAME = "Violet Lantern & Co";

  /** Renamed, its colours changed by the merchant, and its languages narrowed to Chinese. */
  static NewMerchant violet;

  /** Default colours, both languages. */
  static NewMerchant plain;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void stores() {
    violet = NewMerchant.unique("Violet Lantern");
    WebSession owner = new WebSession();
    violet.signUp(owner);
    owner.signIn(violet.email(), violet.password());
    WebSession.Page saved =
        owner.submit(
            owner.get("/console/branding.xhtml"),
            "branding",
            Map.of(
                "displayName",
                VIOLET_NAME,
                "primaryColor",
                "#6A1B9A",
                "accentColor",
                "#00897B",
                "languages",
                "zh-CN"),
            "save");
    assertThat(saved.text()).contains("Branding saved.");
    plain = NewMerchant.unique("Plain Harbour");
    plain.signUp(new WebSession());
  }

  @Test
  void signInAndSignUpPagesCarryTheStoreInEnglish() {
    WebSession shopper = new WebSession("en");

    WebSession.Page login = shopper.get("/s/" + plain.slug() + "/account");

    assertOnKeycloakFor(login, plain);
    assertThat(login.document().selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(login.title()).isEqualTo("Sign in to Plain Harbour");
    assertThat(login.text())
        .contains("Your account for this store, kept by Returnport")
        .doesNotContain("Violet");

    WebSession.Page register = shopper.get(registrationLink(login));
    assertOnKeycloakFor(register, plain);
    assertThat(register.document().select("input[name=email]")).isNotEmpty();
    assertThat(register.text()).doesNotContain("Violet");

    WebSession.Page refused =
        new WebSession("en")
            .signInAt("/s/" + plain.slug() + "/account", plain.email(), "wrong-pw-1");
    assertOnKeycloakFor(refused, plain);
    assertThat(refused.text()).contains("Invalid");
  }

  @Test
  void aShopperReadingTheStoreInChineseGetsChinesePagesInTheStoreColours() {
    WebSession shopper = new WebSession("zh-CN");

    WebSession.Page login = shopper.get("/s/" + violet.slug() + "/account");

    assertOnKeycloakFor(login, violet, VIOLET_NAME);
    assertThat(login.document().selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(login.title()).as("the store's new name").isEqualTo("登录 " + VIOLET_NAME);
    assertThat(login.text()).contains("您在此商店的账户").doesNotContain("Plain Harbour");
    String colours = login.document().selectFirst("link[href*=/brand/]").attr("href");
    assertThat(new String(new WebSession().raw(colours, Map.of()).body()))
        .contains("--rp-primary: #6a1b9a");

    WebSession.Page register = shopper.get(registrationLink(login));
    assertOnKeycloakFor(register, violet, VIOLET_NAME);
    assertThat(register.document().selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(register.text()).contains("您在此商店的账户");
  }

  @Test
  void theLanguageChosenOnTheStoreCarriesOver() {
    WebSession shopper = new WebSession("en");
    shopper.get("/s/" + plain.slug() + "/?lang=zh-CN");

    WebSession.Page login = shopper.get("/s/" + plain.slug() + "/account");

    assertOnKeycloakFor(login, plain);
    assertThat(login.document().selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(login.title()).isEqualTo("登录 Plain Harbour");
  }

  @Test
  void aNewMemberSignsUpLandsBackOnTheStoreAndHasNoConsole() {
    WebSession shopper = new WebSession("en");
    WebSession.Page login = shopper.get("/s/" + plain.slug() + "/account");
    WebSession.Page register = shopper.get(registrationLink(login));
    String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@shopper.example";

    WebSession.Page landed =
        shopper.fill(
            register,
            "form:has(input[name=password-confirm])",
            Map.of(
                "email",
                email,
                "firstName",
                "Mei",
                "lastName",
                "Lin",
                "password",
                "member-pass-1",
                "password-confirm",
                "member-pass-1"));

    assertThat(landed.uri().getPort()).as(landed.text()).isEqualTo(8080);
    assertThat(landed.uri().getPath()).isEqualTo("/s/" + plain.slug() + "/account");
    assertThat(shopper.get("/console/index.xhtml").status()).isEqualTo(404);
    assertThat(shopper.get("/s/" + plain.slug() + "/").status())
        .as("guest pages of the store still open")
        .isEqualTo(200);
  }

  @Test
  void guestPagesOfTheStoreNeedNoSignIn() {
    WebSession.Page home = new WebSession().get("/s/" + plain.slug() + "/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.uri().getPort()).isEqualTo(8080);
  }

  @Test
  void theConsoleSignInIsReturnports() {
    WebSession.Page login = new WebSession("en").get("/signin");

    assertThat(login.uri().getPort()).isEqualTo(KEYCLOAK_PORT);
    assertThat(login.document().getElementById("rp-store-name")).isNull();
    assertThat(login.document().select("link[href*=/brand/]")).isEmpty();
    assertThat(login.document().getElementById("kc-header-wrapper").text()).contains("Returnport");
  }

  @Test
  void aStoreNameWithMarkupIsShownAsText() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "Tom & Jerry <b>Bold</b><script>alert(1)</script>";
    NewMerchant tricky =
        new NewMerchant(
            name, "markup-" + suffix, "owner-" + suffix + "@markup.example", "secret-pass-1");
    tricky.signUp(new WebSession());

    WebSession.Page login = new WebSession("en").get("/s/" + tricky.slug() + "/account");

    assertOnKeycloakFor(login, tricky);
    Element header = login.document().getElementById("kc-header-wrapper");
    assertThat(header.select("b, script")).isEmpty();
    assertThat(login.document().html()).doesNotContain("<script>alert").doesNotContain("<b>Bold");
    assertThat(login.title()).isEqualTo("Sign in to " + name);
  }

  /** On Keycloak's sign-in pages, branded for the given store. */
  private static void assertOnKeycloakFor(WebSession.Page page, NewMerchant store) {
    assertOnKeycloakFor(page, store, store.storeName());
  }

  private static void assertOnKeycloakFor(WebSession.Page page, NewMerchant store, String name) {
    assertThat(page.uri().getPort()).as(page.uri() + "\n" + page.text()).isEqualTo(KEYCLOAK_PORT);
    assertThat(page.document().getElementById("rp-store-name"))
        .as("the store's name on " + page.uri())
        .isNotNull();
    assertThat(page.document().getElementById("rp-store-name").text()).isEqualTo(name);
    assertThat(page.document().selectFirst("body").attr("data-store")).isEqualTo(store.slug());
    assertThat(page.document().select("link[href$=/brand/" + store.slug() + ".css]")).hasSize(1);
  }

  private static String registrationLink(WebSession.Page login) {
    Element link = login.document().selectFirst("a[href*=/login-actions/registration]");
    assertThat(link).as("a sign-up link on " + login.uri()).isNotNull();
    return login.uri().resolve(link.attr("href")).toString();
  }
}
