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
    assertThat(done.text())
        .contains("we sent a link to " + merchant.email())
        .contains("your store Maison Lune opens");

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

    WebSession.Page page = second.signUpUnverified(new WebSession());

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
    assertThat(again.signUp(new WebSession()).text()).contains("we sent a link");
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
  void aNewStoreStaysClosedAndItsConsoleAsksForTheAddressUntilTheLinkIsFollowed() throws Exception {
    NewMerchant merchant = NewMerchant.unique("Not Yet");
    WebSession session = new WebSession();
    merchant.signUpUnverified(session);

    assertThat(new WebSession().get("/s/" + merchant.slug() + "/").status()).isEqualTo(404);
    assertThat(KeycloakForTests.user(merchant.email()).getBoolean("emailVerified")).isFalse();
    WebSession.Page landing = session.signIn(merchant.email(), merchant.password());
    assertThat(landing.uri().getPath()).isEqualTo("/unverified.xhtml");
    assertThat(landing.text())
        .contains("Verify your address first")
        .contains("We sent a link to " + merchant.email());
    assertThat(session.get("/console/branding.xhtml").uri().getPath())
        .isEqualTo("/unverified.xhtml");

    String link = merchant.verificationLink();
    WebSession.Page tooSoon = session.submit(landing, "resend", Map.of(), "send");
    assertThat(tooSoon.text()).contains("A link was sent less than a minute ago");
    assertThat(Mailbox.count(merchant.email(), merchant.verificationSubject())).isEqualTo(1);

    WebSession.Page verified = new WebSession().get(link);
    assertThat(verified.text()).contains("your address is confirmed: Not Yet is open");
    assertThat(KeycloakForTests.user(merchant.email()).getBoolean("emailVerified")).isTrue();
    assertThat(new WebSession().get("/s/" + merchant.slug() + "/").status()).isEqualTo(200);
    WebSession.Page console = session.get("/console/index.xhtml");
    assertThat(console.uri().getPath()).isEqualTo("/console/index.xhtml");
    assertThat(console.text()).contains("Welcome, Not Yet");

    WebSession.Page again = new WebSession().get(merchant.verificationLink());
    assertThat(again.text()).contains("Your address was confirmed already");
  }

  @Test
  void aForgedOrExpiredVerificationLinkChangesNothing() throws Exception {
    NewMerchant merchant = NewMerchant.unique("Forged Link");
    merchant.signUpUnverified(new WebSession());
    String link = merchant.verificationLink();
    String until = link.replaceAll(".*[?&]until=(\\d+).*", "$1");
    String ownerId = KeycloakForTests.user(merchant.email()).getString("id");
    long past = java.time.Instant.now().minusSeconds(60).getEpochSecond();
    String expired =
        "/verify.xhtml?store="
            + merchant.slug()
            + "&until="
            + past
            + "&t="
            + sign("store-verification", merchant.slug(), ownerId, merchant.email(), past);

    WebSession.Page tampered = new WebSession().get(link.replace("t=", "t=x"));
    WebSession.Page longer =
        new WebSession()
            .get(link.replace("until=" + until, "until=" + (Long.parseLong(until) + 86_400)));
    WebSession.Page otherStore = new WebSession().get(link.replace(merchant.slug(), "demo"));
    WebSession.Page late = new WebSession().get(expired);

    assertThat(tampered.text()).contains("This link is not valid");
    assertThat(longer.text()).contains("This link is not valid");
    assertThat(otherStore.text()).contains("This link is not valid");
    assertThat(late.text()).contains("This link has expired");
    assertThat(new WebSession().get("/s/" + merchant.slug() + "/").status()).isEqualTo(404);
    assertThat(KeycloakForTests.user(merchant.email()).getBoolean("emailVerified")).isFalse();
    WebSession.Page chinese = new WebSession("zh-CN").get(link.replace("t=", "t=x"));
    assertThat(chinese.text()).contains("此链接无效");
  }

  @Test
  void anInvitationIsALinkThatGivesExactlyItsRoleOnceAccepted() throws Exception {
    NewMerchant owner = NewMerchant.unique("Host Store");
    NewMerchant guest = NewMerchant.unique("Guest Store");
    WebSession ownerSession = new WebSession();
    owner.signUp(ownerSession);
    guest.signUp(new WebSession());
    ownerSession.signIn(owner.email(), owner.password());

    WebSession.Page invited = invite(ownerSession, guest.email(), "MERCHANT_AGENT");
    assertThat(invited.text()).contains("Invitation sent to " + guest.email());
    assertThat(teamRow(invited, guest.email())).contains("Agent", "Invited, not accepted yet");
    assertThat(invited.text()).doesNotContain("password");

    WebSession guestSession = new WebSession();
    WebSession.Page before = guestSession.signIn(guest.email(), guest.password());
    assertThat(before.uri().getPath())
        .as("not in the host's team before accepting")
        .isEqualTo("/console/index.xhtml");
    assertThat(guestSession.get("/console/index.xhtml?store=" + owner.slug()).text())
        .contains("Welcome, Guest Store")
        .doesNotContain("Host Store");

    String link = Mailbox.link(guest.email(), "You are invited to join Host Store");
    WebSession visitor = new WebSession();
    WebSession.Page offer = visitor.get(link);
    assertThat(offer.text())
        .contains("You are invited to join the team of Host Store as Agent")
        .contains("There is an account for " + guest.email());
    visitor.submit(offer, "signIn", Map.of(), "signIn");
    WebSession.Page signedIn = visitor.signIn(guest.email(), guest.password());
    assertThat(signedIn.uri().getPath()).isEqualTo("/invitation.xhtml");
    assertThat(signedIn.text()).contains("You are signed in as " + guest.email());
    WebSession.Page accepted = visitor.submit(signedIn, "accept", Map.of(), "accept");
    assertThat(accepted.text()).contains("Welcome to the team of Host Store");

    WebSession.Page asAgent = visitor.chooseStore(owner.slug());
    assertThat(asAgent.text()).contains("Welcome, Host Store");
    assertThat(asAgent.document().select("a[href$=branding.xhtml]")).isEmpty();
    assertThat(visitor.get("/console/returns.xhtml").status()).isEqualTo(200);
    assertThat(visitor.get("/console/branding.xhtml").status()).isEqualTo(404);
    assertThat(visitor.get("/console/api-keys.xhtml").status()).isEqualTo(404);
    assertThat(visitor.get("/console/staff.xhtml").status()).isEqualTo(404);
    visitor.chooseStore(guest.slug());
    WebSession.Page ownBranding = visitor.get("/console/branding.xhtml");
    assertThat(ownBranding.status()).isEqualTo(200);
    assertThat(ownBranding.document().getElementById("branding:displayName").val())
        .isEqualTo("Guest Store");

    WebSession.Page reused = new WebSession().get(link);
    assertThat(reused.text()).contains("This invitation has been accepted already");
    assertThat(reused.document().getElementById("accept")).isNull();
    assertThat(reused.document().getElementById("create")).isNull();
    assertThat(teamRow(ownerSession.get("/console/staff.xhtml"), guest.email())).contains("Joined");

    String newcomer = "packer-" + owner.slug() + "@example.com";
    invite(ownerSession, newcomer, "WAREHOUSE");
    WebSession packer = new WebSession();
    WebSession.Page form = packer.get(Mailbox.link(newcomer, "You are invited to join Host Store"));
    assertThat(form.text()).contains("as Warehouse").contains("Choose your name and a password");
    WebSession.Page joined =
        packer.submit(
            form,
            "create",
            Map.of("firstName", "Pia", "lastName", "Packer", "password", "packer-pass-1"),
            "create");
    assertThat(joined.text()).contains("Welcome to the team of Host Store");
    assertThat(KeycloakForTests.user(newcomer).getBoolean("emailVerified")).isTrue();
    WebSession.Page warehouse = packer.signIn(newcomer, "packer-pass-1");
    assertThat(warehouse.text()).contains("Welcome, Host Store");
    assertThat(packer.get("/console/returns.xhtml").status()).isEqualTo(404);
    assertThat(packer.get("/console/staff.xhtml").status()).isEqualTo(404);
  }

  @Test
  void aPreRegisteredAccountGainsNothingWhenItsAddressIsInvitedElsewhere() throws Exception {
    NewMerchant host = NewMerchant.unique("Target Store");
    WebSession hostSession = new WebSession();
    host.signUp(hostSession);
    hostSession.signIn(host.email(), host.password());
    String victim = "victim-" + host.slug() + "@example.com";
    NewMerchant squatter =
        new NewMerchant("Squat Shop", "squat-" + host.slug(), victim, "squatter-pass-1");
    squatter.signUpUnverified(new WebSession());
    // Signed in with the squatter's password somewhere else than the console, waiting.
    WebSession lurker = new WebSession();
    lurker.signInAt("/platform/tenants.xhtml", victim, squatter.password());

    invite(hostSession, victim, "MERCHANT_AGENT");
    String link = Mailbox.link(victim, "You are invited to join Target Store");

    WebSession attacker = new WebSession();
    WebSession.Page attackerLanding = attacker.signIn(victim, squatter.password());
    assertThat(attackerLanding.uri().getPath()).isEqualTo("/unverified.xhtml");
    assertThat(attacker.get("/console/index.xhtml?store=" + host.slug()).text())
        .doesNotContain("Welcome, Target Store");
    WebSession.Page stolenLink = attacker.get(link);
    WebSession.Page refused = attacker.submit(stolenLink, "accept", Map.of(), "accept");
    assertThat(refused.text())
        .contains("The address of the account you are signed in with was never confirmed")
        .doesNotContain("Welcome to the team");
    assertThat(teamRow(hostSession.get("/console/staff.xhtml"), victim))
        .contains("Invited, not accepted yet");

    WebSession owner = new WebSession();
    WebSession.Page offer = owner.get(link);
    assertThat(offer.text()).contains("Choose your name and a password");
    WebSession.Page joined =
        owner.submit(
            offer,
            "create",
            Map.of("firstName", "Vic", "lastName", "Tim", "password", "victim-pass-1"),
            "create");
    assertThat(joined.text()).contains("Welcome to the team of Target Store");

    assertThat(lurker.get("/console/index.xhtml?store=" + host.slug()).text())
        .doesNotContain("Welcome, Target Store");
    assertThat(lurker.get("/console/index.xhtml").uri().getPort())
        .as("a sign-in from before the address was proved is over: asked to sign in again")
        .isNotEqualTo(8080);
    WebSession.Page oldPassword = new WebSession().signIn(victim, squatter.password());
    assertThat(oldPassword.uri().getPort())
        .as("the squatter's password no longer opens the account")
        .isNotEqualTo(8080);
    WebSession victimSession = new WebSession();
    victimSession.signIn(victim, "victim-pass-1");
    // The claimed account also holds the squatter's store, still closed: the owner picks.
    assertThat(victimSession.chooseStore(host.slug()).text()).contains("Welcome, Target Store");
  }

  @Test
  void anInvitationAcceptedSignedInAsAnotherAddressIsRefusedAndAWithdrawnOneIsDead() {
    NewMerchant host = NewMerchant.unique("Strict Store");
    NewMerchant other = NewMerchant.unique("Other Person");
    WebSession hostSession = new WebSession();
    host.signUp(hostSession);
    other.signUp(new WebSession());
    hostSession.signIn(host.email(), host.password());
    String invitee = "agent-" + host.slug() + "@example.com";
    invite(hostSession, invitee, "MERCHANT_AGENT");
    String link = Mailbox.link(invitee, "You are invited to join Strict Store");

    WebSession wrong = new WebSession();
    wrong.signIn(other.email(), other.password());
    WebSession.Page refused = wrong.submit(wrong.get(link), "accept", Map.of(), "accept");
    assertThat(refused.text())
        .contains(
            "This invitation is for " + invitee + ", but you are signed in as " + other.email());
    assertThat(wrong.get("/console/index.xhtml?store=" + host.slug()).text())
        .doesNotContain("Welcome, Strict Store");
    WebSession.Page team = hostSession.get("/console/staff.xhtml");
    assertThat(teamRow(team, invitee)).contains("Invited, not accepted yet");

    WebSession.Page tooSoon =
        hostSession.submit(team, "team", Map.of(), buttonOf(team, invitee, "resend"));
    assertThat(tooSoon.text()).contains("This invitation was sent less than a minute ago");
    WebSession.Page withdrawn =
        hostSession.submit(
            hostSession.get("/console/staff.xhtml"),
            "team",
            Map.of(),
            buttonOf(hostSession.get("/console/staff.xhtml"), invitee, "revoke"));
    assertThat(withdrawn.text()).contains("Invitation to " + invitee + " withdrawn");
    WebSession.Page dead = new WebSession().get(link);
    assertThat(dead.text()).contains("This invitation link is not valid");
    assertThat(dead.document().getElementById("create")).isNull();
    WebSession.Page forged = new WebSession().get(link.replace("t=", "t=x"));
    assertThat(forged.text()).contains("This invitation link is not valid");
  }

  private static WebSession.Page invite(WebSession admin, String email, String role) {
    return admin.submit(
        admin.get("/console/staff.xhtml"), "invite", Map.of("email", email, "role", role), "send");
  }

  private static String teamRow(WebSession.Page staffPage, String email) {
    return staffPage.document().select("#team tr").stream()
        .filter(tr -> tr.text().contains(email))
        .findFirst()
        .map(tr -> tr.text())
        .orElseThrow(() -> new AssertionError("no " + email + " in " + staffPage.text()));
  }

  /** The name of a button in the invitee's row of the team form, without the form's prefix. */
  private static String buttonOf(WebSession.Page staffPage, String email, String button) {
    return staffPage.document().select("#team tr").stream()
        .filter(tr -> tr.text().contains(email))
        .findFirst()
        .map(tr -> tr.selectFirst("input[type=submit][name$=:" + button + "]").attr("name"))
        .map(name -> name.substring("team:".length()))
        .orElseThrow(() -> new AssertionError("no " + email + " in " + staffPage.text()));
  }

  /** A verification link as the server signs it, with the secret the test stack runs with. */
  private static String sign(String purpose, Object... parts) throws Exception {
    String text =
        purpose
            + "\n"
            + java.util.Arrays.stream(parts)
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining("\n"));
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            System.getenv("RETURNPORT_LINK_SECRET")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "HmacSHA256"));
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
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
