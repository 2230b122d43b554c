package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.it.Deployments;

/**
 * The deployed EAR seen from outside, as merchants, shoppers and the operator use it: sign-up,
 * sign-in through Keycloak, branding, suspension, and what one store's user cannot reach.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalIT {

  static final String OPERATOR = "operator@returnport.example";
  static final String OPERATOR_PASSWORD = "operator-demo-1";

  /** A 1x1 PNG. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @Test
  void unknownStoreGetsTheTranslatedNotFoundPage() {
    WebSession.Page english = new WebSession("en").get("/s/no-such-store/");
    WebSession.Page chinese = new WebSession("zh-CN").get("/s/no-such-store/");

    assertThat(english.status()).isEqualTo(404);
    assertThat(english.document().selectFirst("h1").text()).isEqualTo("Page not found");
    assertThat(chinese.status()).isEqualTo(404);
    assertThat(chinese.document().selectFirst("h1").text()).isEqualTo("页面不存在");
  }

  @Test
  void aMerchantSignsUpSignsInAndFindsItsConsoleAndShopperHome() {
    NewMerchant merchant = NewMerchant.unique("Maison Lune");
    WebSession session = new WebSession();

    WebSession.Page done = merchant.signUp(session);
    assertThat(done.text()).contains("Your store Maison Lune is ready");

    WebSession.Page console = session.signIn(merchant.email(), merchant.password());
    assertThat(console.uri().getPath()).isEqualTo("/console/index.xhtml");
    assertThat(console.text()).contains("Welcome, Maison Lune").contains("50 points for a review");
    assertThat(console.document().select("#categories li")).hasSize(5);

    WebSession.Page home = new WebSession().get("/s/" + merchant.slug() + "/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.document().selectFirst("h1").text()).isEqualTo("Welcome to Maison Lune");

    session.signOut();
    WebSession.Page again = session.get("/console/index.xhtml");
    assertThat(again.uri().getPort())
        .as("signed out of Keycloak too: asked to sign in again")
        .isNotEqualTo(8080);
    assertThat(again.document().select("input[name=username]")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} = \"{1}\" is refused: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "slug         | Bad_Slug!        | Use lower-case letters and digits",
        "slug         | shop--sale       | Use lower-case letters and digits",
        "slug         | console          | This address is already taken",
        "contactEmail | not-an-e-mail    | must be a well-formed email address",
        "storeName    | "
            + "A very long store name that goes on and on and on, far beyond what any shop sign"
            + " can hold"
            + " | size must be between 0 and 80",
        "password     | short            | size must be between 10 and 128"
      })
  void badSignUpsGetFieldErrorsAndCreateNothing(String field, String value, String message) {
    NewMerchant merchant = NewMerchant.unique("Refused");
    Map<String, String> form = merchant.form();
    form.put(field, value);
    WebSession session = new WebSession();

    WebSession.Page page = NewMerchant.signUp(session, form);

    assertThat(page.fieldError("signup", field)).as(page.text()).contains(message);
    String slug = field.equals("slug") ? value : merchant.slug();
    if (!slug.equals("console")) {
      assertThat(new WebSession().get("/s/" + slug + "/").status()).isEqualTo(404);
    }
  }

  @Test
  void aTakenSlugIsRefusedAndTheFirstStoreIsUnchanged() {
    NewMerchant first = NewMerchant.unique("First Shop");
    first.signUp(new WebSession());
    NewMerchant second =
        new NewMerchant("Second Shop", first.slug(), "other-" + first.email(), "secret-pass-2");

    WebSession.Page page = second.signUp(new WebSession());

    assertThat(page.fieldError("signup", "slug")).isEqualTo("This address is already taken.");
    WebSession.Page home = new WebSession().get("/s/" + first.slug() + "/");
    assertThat(home.document().selectFirst("h1").text()).isEqualTo("Welcome to First Shop");
  }

  @Test
  void aSignUpThatFailsHalfWayLeavesNoStoreAndNoOrganizationBehind() throws Exception {
    NewMerchant merchant = NewMerchant.unique("Half Way");
    // Keycloak asks more of passwords than the form does: the organization gets made, then the
    // user cannot be, and the whole sign-up must be undone.
    WebSession.Page failed;
    KeycloakForTests.setPasswordPolicy("length(10) and digits(1)");
    try {
      Map<String, String> form = merchant.form();
      form.put("password", "no-digits-here");
      failed = NewMerchant.signUp(new WebSession(), form);
    } finally {
      KeycloakForTests.setPasswordPolicy("length(10)");
    }

    assertThat(failed.text()).contains("not available right now");
    assertThat(new WebSession().get("/s/" + merchant.slug() + "/").status()).isEqualTo(404);
    assertThat(KeycloakForTests.organizationExists(merchant.slug())).isFalse();
    NewMerchant again =
        new NewMerchant(
            merchant.storeName(), merchant.slug(), "new-" + merchant.email(), "secret-pass-3");
    assertThat(again.signUp(new WebSession()).text()).contains("is ready");
    assertThat(KeycloakForTests.organizationExists(merchant.slug())).isTrue();
  }

  @Test
  void signUpErrorsAreTranslated() {
    WebSession session = new WebSession("zh-CN");
    Map<String, String> form = NewMerchant.unique("Refused").form();
    form.put("slug", "Bad_Slug!");

    WebSession.Page page = NewMerchant.signUp(session, form);

    assertThat(page.fieldError("signup", "slug")).contains("小写字母");
  }

  @Test
  void brandingAppearsOnTheShopperHomeAndBadColoursOrFilesAreRefused() {
    NewMerchant merchant = NewMerchant.unique("Colour Co");
    WebSession session = new WebSession();
    merchant.signUp(session);
    session.signIn(merchant.email(), merchant.password());

    WebSession.Page branding = session.get("/console/branding.xhtml");
    WebSession.Page refused =
        session.submit(branding, "branding", Map.of("primaryColor", "red;}body{"), "save");
    assertThat(refused.fieldError("branding", "primaryColor")).contains("six hex digits");

    WebSession.Page saved =
        session.submit(
            session.get("/console/branding.xhtml"),
            "branding",
            Map.of(
                "displayName",
                "Colour Company",
                "primaryColor",
                "#6A1B9A",
                "accentColor",
                "#00897B"),
            "save");
    assertThat(saved.text()).contains("Branding saved.");

    WebSession.Page notImage =
        session.upload(
            session.get("/console/branding.xhtml"),
            "logoForm",
            "logo",
            "logo.png",
            "<svg onload=alert(1)>".getBytes(),
            "upload");
    assertThat(notImage.fieldError("logoForm", "logo"))
        .isEqualTo("This file is not a PNG, JPEG or WebP image.");
    WebSession.Page tooBig =
        session.upload(
            session.get("/console/branding.xhtml"),
            "logoForm",
            "logo",
            "big.png",
            new byte[600 * 1024],
            "upload");
    assertThat(tooBig.fieldError("logoForm", "logo")).contains("larger than 512 KB");
    assertThat(new WebSession().raw("/logo/" + merchant.slug(), Map.of()).statusCode())
        .isEqualTo(404);

    WebSession.Page uploaded =
        session.upload(
            session.get("/console/branding.xhtml"), "logoForm", "logo", "logo.bin", PNG, "upload");
    assertThat(uploaded.text()).contains("Logo saved.");

    WebSession.Page home = new WebSession().get("/s/" + merchant.slug() + "/");
    String colours = home.document().selectFirst("link[href*=/brand/]").attr("href");
    assertThat(new String(new WebSession().raw(colours, Map.of()).body()))
        .contains("--rp-primary: #6a1b9a")
        .contains("--rp-on-primary: #ffffff")
        .contains("--rp-accent: #00897b")
        .as("white on this teal is 4.3:1, below AA: its text turns black")
        .contains("--rp-on-accent: #000000");
    assertThat(home.document().selectFirst(".rp-store-name").text()).isEqualTo("Colour Company");

    HttpResponse<byte[]> logo = new WebSession().raw("/logo/" + merchant.slug(), Map.of());
    assertThat(logo.statusCode()).isEqualTo(200);
    assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(logo.body()).isEqualTo(PNG);
    String etag = logo.headers().firstValue("ETag").orElseThrow();
    assertThat(
            new WebSession()
                .raw("/logo/" + merchant.slug(), Map.of("If-None-Match", etag))
                .statusCode())
        .isEqualTo(304);
  }

  @Test
  void aMerchantCannotReachAnotherStoreOrThePlatformConsole() {
    NewMerchant owner = NewMerchant.unique("Owner Store");
    NewMerchant other = NewMerchant.unique("Other Store");
    owner.signUp(new WebSession());
    WebSession intruder = new WebSession();
    other.signUp(intruder);
    intruder.signIn(other.email(), other.password());

    WebSession.Page asked = intruder.get("/console/branding.xhtml?store=" + owner.slug());
    assertThat(asked.document().getElementById("branding:displayName").val())
        .isEqualTo("Other Store");

    WebSession.Page platform = intruder.get("/platform/tenants.xhtml");
    assertThat(platform.status()).isEqualTo(404);
    assertThat(platform.document().selectFirst("h1").text()).isEqualTo("Page not found");
  }

  @Test
  void anAdminOfOneStoreInvitedAsAnAgentElsewhereIsOnlyAnAgentThere() {
    NewMerchant owner = NewMerchant.unique("Host Store");
    NewMerchant guest = NewMerchant.unique("Guest Store");
    WebSession ownerSession = new WebSession();
    owner.signUp(ownerSession);
    guest.signUp(new WebSession());
    ownerSession.signIn(owner.email(), owner.password());

    WebSession.Page invited =
        ownerSession.submit(
            ownerSession.get("/console/staff.xhtml"),
            "invite",
            Map.of("email", guest.email(), "role", "MERCHANT_AGENT"),
            "send");
    assertThat(invited.text()).contains("Invitation sent to " + guest.email());
    assertThat(invited.document().select("#team tr").text()).contains(guest.email(), "Agent");
    assertThat(invited.text()).contains("They already have an account");

    String newcomer = "packer-" + owner.slug() + "@example.com";
    WebSession.Page newAccount =
        ownerSession.submit(
            ownerSession.get("/console/staff.xhtml"),
            "invite",
            Map.of("email", newcomer, "role", "WAREHOUSE"),
            "send");
    String temporary = newAccount.text().replaceAll(".*temporary password is (\\S+)\\..*", "$1");
    assertThat(temporary).hasSize(16);
    WebSession.Page firstSignIn = new WebSession().signIn(newcomer, temporary);
    assertThat(firstSignIn.document().select("input[name=password-new]"))
        .as("a temporary password must be changed at the first sign-in")
        .isNotEmpty();

    WebSession guestSession = new WebSession();
    WebSession.Page landing = guestSession.signIn(guest.email(), guest.password());
    assertThat(landing.uri().getPath()).isEqualTo("/console/switch.xhtml");

    WebSession.Page asAgent = guestSession.chooseStore(owner.slug());
    assertThat(asAgent.text()).contains("Welcome, Host Store");
    assertThat(asAgent.document().select("a[href$=branding.xhtml]")).isEmpty();
    assertThat(guestSession.get("/console/branding.xhtml").status()).isEqualTo(404);
    assertThat(guestSession.get("/console/api-keys.xhtml").status()).isEqualTo(404);

    guestSession.chooseStore(guest.slug());
    WebSession.Page ownBranding = guestSession.get("/console/branding.xhtml");
    assertThat(ownBranding.status()).isEqualTo(200);
    assertThat(ownBranding.document().getElementById("branding:displayName").val())
        .isEqualTo("Guest Store");
  }

  @Test
  void theOperatorSuspendsAStoreAndItsPortalAndConsoleClose() {
    NewMerchant merchant = NewMerchant.unique("Paused Shop");
    WebSession staff = new WebSession();
    merchant.signUp(staff);
    staff.signIn(merchant.email(), merchant.password());
    WebSession operator = new WebSession();
    WebSession.Page tenants = operator.signIn(OPERATOR, OPERATOR_PASSWORD);
    assertThat(tenants.uri().getPath()).isEqualTo("/platform/tenants.xhtml");

    var row =
        tenants.document().select("tr").stream()
            .filter(tr -> tr.text().contains(merchant.slug()))
            .findFirst()
            .orElseThrow();
    String button = row.selectFirst("input[type=submit]").attr("name");
    WebSession.Page suspended =
        operator.submit(tenants, "tenants", Map.of(), button.substring("tenants:".length()));

    assertThat(suspended.text()).contains("Store " + merchant.slug() + " suspended.");
    WebSession.Page home = new WebSession().get("/s/" + merchant.slug() + "/");
    assertThat(home.document().selectFirst("h1").text()).isEqualTo("This store is not available");
    WebSession.Page console = staff.get("/console/index.xhtml");
    assertThat(console.status()).isEqualTo(403);
    assertThat(console.document().selectFirst("h1").text()).isEqualTo("This store is suspended");
    assertThat(staff.get("/console/branding.xhtml").status()).isEqualTo(403);
  }

  @Test
  void readinessReportsDatabaseAndKeycloak() {
    WebSession.Page health = new WebSession().get("/health/ready");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.document().text()).contains("\"database\"").contains("\"keycloak\"");
  }
}
