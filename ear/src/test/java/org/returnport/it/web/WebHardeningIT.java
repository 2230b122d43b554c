package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.bench.ServerHeap;
import org.returnport.devstack.MailSink;
import org.returnport.it.Deployments;
import org.returnport.it.returns.ReturnsFixtures;

/**
 * What a browser is told to protect, and what travels: the security headers on every kind of
 * answer, the status link's token leaving the address bar, compressed text, health answers that say
 * nothing but the status, and the console's store switch as a form bound to its store.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class WebHardeningIT {

  static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void aStoreWithAPolicy() {
    store = StoreApi.newStore("Hardened Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
  }

  @Test
  void everyKindOfAnswerCarriesTheProtections() {
    WebSession staff = new WebSession();
    staff.signIn(store.merchant().email(), store.merchant().password());
    String slug = store.merchant().slug();

    Map<String, HttpResponse<byte[]>> answers =
        Map.of(
            "shopper page", new WebSession().raw("/s/" + slug + "/", Map.of()),
            "console page", staff.raw("/console/returns.xhtml", Map.of()),
            "error page", new WebSession().raw("/s/no-such-store-" + slug + "/", Map.of()),
            "API answer", new WebSession().raw("/api/v1/store", Map.of()),
            "API data", rawApi("/api/v1/products"));

    assertThat(answers.get("shopper page").statusCode()).isEqualTo(200);
    assertThat(answers.get("console page").statusCode()).isEqualTo(200);
    assertThat(answers.get("error page").statusCode()).isEqualTo(404);
    assertThat(answers.get("API answer").statusCode()).isEqualTo(401);
    assertThat(answers.get("API data").statusCode()).isEqualTo(200);
    answers.forEach(
        (what, answer) -> {
          var headers = answer.headers();
          assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
          String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
          assertThat(policy)
              .as(what)
              .contains("frame-ancestors 'none'")
              .contains("object-src 'none'")
              .contains("style-src 'self';")
              .doesNotContain("unsafe-inline")
              .doesNotContain("unsafe-eval");
          assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
          assertThat(headers.firstValue("Referrer-Policy"))
              .as(what)
              .hasValue("strict-origin-when-cross-origin");
        });
    for (String page : List.of("shopper page", "console page", "error page")) {
      HttpResponse<byte[]> answer = answers.get(page);
      String nonce =
          answer
              .headers()
              .firstValue("Content-Security-Policy")
              .orElseThrow()
              .replaceAll(".*script-src 'self' 'nonce-([^']+)'.*", "$1");
      var document = Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8));
      if (page.equals("console page")) {
        assertThat(document.select("script")).as("PrimeFaces' table and buttons").isNotEmpty();
      }
      for (Element script : document.select("script")) {
        assertThat(script.attr("nonce")).as(page + ": " + script).isEqualTo(nonce);
      }
      assertThat(document.select("style, [style], [onclick], [onload], [onchange]"))
          .as(page + ": no inline style or handler, which the policy would block")
          .isEmpty();
    }
  }

  @Test
  void theStatusLinkSetsACookieForTheStoreAndLeavesTheAddressBar() throws Exception {
    String number = "HL-" + System.nanoTime();
    ReturnsFixtures.order(store, number, "link@example.com", "DE", 2, "30.00");
    HttpResponse<String> created =
        store.post(
            "/api/v1/returns",
            ReturnsFixtures.newReturn(number, "link@example.com", "too-small"),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String rma = StoreApi.json(created).getString("rma");
    String link = mailedLink("link@example.com", rma);
    assertThat(link).contains("&t=");
    String slug = store.merchant().slug();
    String address = "/s/" + slug + "/return?rma=" + rma;

    HttpResponse<String> first =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(WebSession.BASE.resolve(link)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(first.statusCode()).isBetween(302, 303);
    assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith(address);
    String cookie =
        first.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("rp_return_" + rma + "="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no cookie for " + rma + ": " + first.headers()));
    assertThat(cookie)
        .as("the tests are served over http, so the cookie cannot be Secure")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .contains("Path=/s/" + slug + "/")
        .doesNotContainIgnoringCase("Secure");

    WebSession shopper = new WebSession();
    WebSession.Page status = shopper.get(link);
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.uri().getRawQuery()).isEqualTo("rma=" + rma);
    assertThat(status.document().getElementById("rma").text()).isEqualTo(rma);
    WebSession.Page again = shopper.get(address);
    assertThat(again.status()).as("the cookie opens the page").isEqualTo(200);
    WebSession.Page answered =
        shopper.submit(again, "message", Map.of("text", "Sent it today."), "send");
    assertThat(answered.document().getElementById("timeline").text()).contains("Sent it today.");

    assertThat(new WebSession().get(address).status())
        .as("the address alone, without the cookie, is not the key")
        .isEqualTo(404);
    assertThat(new WebSession().get(link).status())
        .as("the e-mailed link keeps working")
        .isEqualTo(200);
    WebSession forger = new WebSession();
    assertThat(forger.get(address + "&t=forged").status()).isEqualTo(404);
    assertThat(forger.get(address).status()).as("a forged token sets no cookie").isEqualTo(404);
    assertThat(new WebSession().get("/s/" + slug + "/return?rma=" + rma).status()).isEqualTo(404);
  }

  @Test
  void textComesCompressedToClientsThatAcceptIt() throws IOException {
    WebSession visitor = new WebSession();
    var home =
        Jsoup.parse(
            new String(
                visitor.raw("/s/" + store.merchant().slug() + "/", Map.of()).body(),
                StandardCharsets.UTF_8),
            WebSession.BASE.toString());
    String theme =
        home.select("link[rel=stylesheet]").stream()
            .map(link -> link.attr("href"))
            .filter(href -> href.contains("theme.css"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no theme in " + home.head()));

    HttpResponse<byte[]> gzipped = visitor.raw(theme, Map.of("Accept-Encoding", "gzip"));
    HttpResponse<byte[]> plain = visitor.raw(theme, Map.of());

    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzipped.headers().firstValue("Vary").orElse(""))
        .containsIgnoringCase("Accept-Encoding");
    byte[] css = gunzip(gzipped.body());
    assertThat(css).isEqualTo(plain.body());
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(css.length).as("the whole theme").isGreaterThan(100_000);
    assertThat(gzipped.body().length).isLessThan(css.length / 4);

    HttpResponse<byte[]> page =
        visitor.raw(
            "/s/" + store.merchant().slug() + "/", Map.of("Accept-Encoding", "gzip, deflate"));
    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(new String(gunzip(page.body()), StandardCharsets.UTF_8))
        .contains("Welcome to Hardened Shop");
    HttpResponse<byte[]> json =
        send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/products"))
                .header("X-Api-Key", store.key())
                .header("Accept-Encoding", "gzip"));
    assertThat(json.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(new String(gunzip(json.body()), StandardCharsets.UTF_8)).contains("TEE-L");
    HttpResponse<byte[]> colours =
        visitor.raw(
            "/brand/" + store.merchant().slug() + ".css", Map.of("Accept-Encoding", "gzip"));
    assertThat(colours.statusCode()).isEqualTo(200);
    assertThat(colours.headers().firstValue("Content-Encoding"))
        .as("too small to be worth it")
        .isEmpty();
  }

  @Test
  void healthTellsThePublicOnlyTheStatusAndTheOperatorStillReadsTheHeap() throws Exception {
    for (String path : List.of("/health/live", "/health/ready")) {
      HttpResponse<byte[]> answer = new WebSession().raw(path, Map.of());
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      JsonObject health =
          Json.createReader(new StringReader(new String(answer.body(), StandardCharsets.UTF_8)))
              .readObject();
      assertThat(health.getString("status")).as(path).isEqualTo("UP");
      for (JsonValue check : health.getJsonArray("checks")) {
        JsonObject data = check.asJsonObject().getJsonObject("data");
        assertThat(data == null || data.isEmpty()).as(path + ": " + check).isTrue();
      }
      assertThat(new String(answer.body(), StandardCharsets.UTF_8))
          .as(path)
          .doesNotContainPattern("[0-9]");
    }

    try (ServerHeap heap = ServerHeap.connect(ServerHeap.DEFAULT_URL)) {
      assertThat(heap.usedMiB()).as("what the benchmark samples").isPositive();
    }
  }

  @Test
  void theStoreSwitchIsAFormAndAPageActsOnlyForTheStoreItWasShownFor() {
    NewMerchant host = NewMerchant.unique("Switch Host");
    NewMerchant guest = NewMerchant.unique("Switch Guest");
    WebSession hostSession = new WebSession();
    host.signUp(hostSession);
    guest.signUp(new WebSession());
    hostSession.signIn(host.email(), host.password());
    hostSession.submit(
        hostSession.get("/console/staff.xhtml"),
        "invite",
        Map.of("email", guest.email(), "role", "MERCHANT_AGENT"),
        "send");
    StaffInvitations.accept(guest);
    WebSession person = new WebSession();
    WebSession.Page landing = person.signIn(guest.email(), guest.password());
    assertThat(landing.uri().getPath()).isEqualTo("/console/switch.xhtml");

    WebSession.Page byLink = person.get("/console/index.xhtml?store=" + guest.slug());
    assertThat(byLink.uri().getPath())
        .as("a link cannot choose the store")
        .isEqualTo("/console/switch.xhtml");

    WebSession.Page own = person.chooseStore(guest.slug());
    assertThat(own.text()).contains("Welcome, Switch Guest");
    WebSession.Page queueOfGuest = person.get("/console/returns.xhtml");
    assertThat(queueOfGuest.status()).isEqualTo(200);
    assertThat(person.submit(queueOfGuest, "queue", Map.of(), "apply").status())
        .as("a form acts for the store its page was shown for")
        .isEqualTo(200);

    WebSession.Page other = person.chooseStore(host.slug());
    assertThat(other.text()).contains("Welcome, Switch Host");
    assertThat(person.get("/console/index.xhtml?store=" + guest.slug()).text())
        .as("a link does not switch back")
        .contains("Welcome, Switch Host");

    WebSession.Page stale = person.submit(queueOfGuest, "queue", Map.of(), "apply");
    assertThat(stale.status()).as("Switch Guest's page posted into Switch Host").isEqualTo(404);
    assertThat(stale.document().selectFirst("h1").text()).isEqualTo("Page not found");

    person.chooseStore(guest.slug());
    assertThat(person.submit(queueOfGuest, "queue", Map.of(), "apply").status())
        .as("back in its own store, the same page works again")
        .isEqualTo(200);
  }

  private static HttpResponse<byte[]> rawApi(String path) {
    return send(
        HttpRequest.newBuilder(WebSession.BASE.resolve(path)).header("X-Api-Key", store.key()));
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  /** The status link of the e-mail that confirms the return, from the store's address on. */
  private static String mailedLink(String to, String rma) throws Exception {
    MimeMessage mail =
        MailSink.current()
            .await(
                to,
                m -> {
                  try {
                    return m.getSubject().contains(rma);
                  } catch (jakarta.mail.MessagingException e) {
                    return false;
                  }
                },
                Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("no mail about " + rma + " to " + to));
    String text = ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
    int start = text.indexOf("/s/");
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return URI.create(text.substring(start, end)).toString();
  }
}
