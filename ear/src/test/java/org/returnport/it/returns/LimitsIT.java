package org.returnport.it.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.it.returns.ReturnsFixtures.order;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.devstack.MailSink;
import org.returnport.it.Deployments;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.entity.RateLimit;
import org.returnport.values.OrderNumber;

/**
 * Limits that hold against a determined guesser or flood, on the deployed application: failed
 * look-ups counted atomically at every step, the link by e-mail for a locked-out shopper, forms
 * that stay in their store, 429 with Retry-After on the API and on sign-up, and import bodies
 * refused before anything is imported. The test server trusts localhost as a proxy, so each test
 * can come from client addresses of its own ({@code X-Forwarded-For}).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LimitsIT {

  static StoreApi store;
  static StoreApi other;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void twoStores() {
    store = StoreApi.newStore("Limits Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
    other = StoreApi.newStore("Other Limits Shop");
  }

  @Test
  void fiftyParallelFailedLookUpsAreCountedAsFiftyAndOnlyFiveAreChecked() throws Exception {
    String number = "PAR-" + System.nanoTime();
    order(store, number, "real@example.com", "DE", 2, "30.00");
    String returns = "/s/" + store.merchant().slug() + "/returns";
    int tries = 50;
    CyclicBarrier together = new CyclicBarrier(tries);
    ExecutorService pool = Executors.newFixedThreadPool(tries);
    List<Future<WebSession.Page>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < tries; i++) {
        String guess = "guess" + i + "@example.com";
        answers.add(
            pool.submit(
                () -> {
                  WebSession guesser = new WebSession();
                  WebSession.Page form = guesser.get(returns);
                  together.await();
                  return guesser.submit(
                      form, "find", Map.of("orderNumber", number, "email", guess), "go");
                }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<WebSession.Page> answer : answers) {
        statuses.add(answer.get().status());
      }

      assertThat(failedTries(store, number)).isEqualTo(tries);
      assertThat(statuses).filteredOn(status -> status == 200).hasSize(5);
      assertThat(statuses).filteredOn(status -> status == 429).hasSize(tries - 5);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aShopperLockedOutByOthersAsksForALinkAndReturnsThroughIt() throws Exception {
    String number = "LNK-" + System.nanoTime();
    order(store, number, "locked@example.com", "DE", 2, "30.00");
    String returns = "/s/" + store.merchant().slug() + "/returns";
    WebSession guesser = new WebSession();
    for (int i = 0; i < 5; i++) {
      guesser.submit(
          guesser.get(returns),
          "find",
          Map.of("orderNumber", number, "email", "guess" + i + "@example.com"),
          "go");
    }
    WebSession shopper = new WebSession().from("198.51.100." + (System.nanoTime() % 250 + 1));
    WebSession.Page refused =
        shopper.submit(
            shopper.get(returns),
            "find",
            Map.of("orderNumber", "#" + number.toLowerCase(), "email", "Locked@Example.com"),
            "go");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.text()).contains("Too many attempts");

    WebSession.Page asked =
        shopper.submit(
            refused, "link", Map.of("orderNumber", number, "email", "locked@example.com"), "send");
    WebSession.Page askedForNothing =
        shopper.submit(
            shopper.get(returns),
            "link",
            Map.of("orderNumber", "NOPE-" + System.nanoTime(), "email", "nobody@example.com"),
            "send");
    assertThat(asked.status()).isEqualTo(askedForNothing.status()).isEqualTo(200);
    assertThat(asked.document().getElementById("linkSent").text())
        .isEqualTo(askedForNothing.document().getElementById("linkSent").text())
        .startsWith("If an order with this number and e-mail address exists");

    String mail = Mailbox.text("locked@example.com", "Your return link for order " + number);
    Matcher link =
        Pattern.compile("http://localhost:8080(/s/[^\\s]+/returns\\?order=[^\\s&]+&t=[^\\s]+)")
            .matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    assertThat(MailSink.current().sentTo("nobody@example.com")).isEmpty();

    WebSession fromMail = new WebSession();
    WebSession.Page choose = fromMail.get(link.group(1));
    assertThat(choose.document().getElementById("choose")).as(choose.text()).isNotNull();
    WebSession.Page review =
        fromMail.submit(
            choose,
            "choose",
            Map.of(
                "items:0:selected", "true",
                "items:0:quantity", "1",
                "items:0:reason", "too-small",
                "items:0:condition", "unused",
                "resolution", "REFUND"),
            "review");
    WebSession.Page status = fromMail.submit(review, "review", Map.of(), "submit");
    assertThat(status.document().getElementById("rma").text()).matches("RMA-[A-Z0-9]{8}");

    WebSession.Page altered =
        new WebSession().get(link.group(1).replaceAll("t=([0-9]+)\\.[^&]+", "t=$1.forged"));
    assertThat(altered.document().getElementById("choose")).isNull();
    assertThat(altered.text()).contains("This link is not valid or has expired.");
  }

  @Test
  void failedTriesAreCountedAtTheReviewAndSubmitStepsToo() {
    String returns = "/s/" + store.merchant().slug() + "/returns";
    Map<String, String> oneTee =
        Map.of(
            "items:0:selected", "true",
            "items:0:quantity", "1",
            "items:0:reason", "too-small",
            "items:0:condition", "unused",
            "resolution", "REFUND");

    String atReview = "REV-" + System.nanoTime();
    order(store, atReview, "first@example.com", "DE", 2, "30.00");
    WebSession first = new WebSession();
    WebSession.Page choose =
        first.submit(
            first.get(returns),
            "find",
            Map.of("orderNumber", atReview, "email", "first@example.com"),
            "go");
    assertThat(failedTries(store, atReview)).as("a right pair is not a failed try").isZero();
    changeAddress(atReview, "changed@example.com");
    WebSession.Page notFound = first.submit(choose, "choose", oneTee, "review");
    assertThat(notFound.text()).contains("We could not find an order");
    assertThat(failedTries(store, atReview)).isEqualTo(1);

    String atSubmit = "SUB-" + System.nanoTime();
    order(store, atSubmit, "second@example.com", "DE", 2, "30.00");
    WebSession second = new WebSession();
    WebSession.Page review =
        second.submit(
            second.submit(
                second.get(returns),
                "find",
                Map.of("orderNumber", atSubmit, "email", "second@example.com"),
                "go"),
            "choose",
            oneTee,
            "review");
    changeAddress(atSubmit, "changed@example.com");
    WebSession.Page refused = second.submit(review, "review", Map.of(), "submit");
    assertThat(refused.text()).contains("We could not find an order");
    assertThat(failedTries(store, atSubmit)).isEqualTo(1);
  }

  @Test
  void aFormStartedInOneStoreIsNotFoundInAnother() {
    String number = "XS-" + System.nanoTime();
    order(store, number, "cross@example.com", "DE", 2, "30.00");
    WebSession shopper = new WebSession();
    WebSession.Page choose =
        shopper.submit(
            shopper.get("/s/" + store.merchant().slug() + "/returns"),
            "find",
            Map.of("orderNumber", number, "email", "cross@example.com"),
            "go");
    choose
        .document()
        .getElementById("choose")
        .attr("action", "/s/" + other.merchant().slug() + "/returns");

    WebSession.Page elsewhere =
        shopper.submit(
            choose,
            "choose",
            Map.of(
                "items:0:selected", "true",
                "items:0:quantity", "1",
                "items:0:reason", "too-small",
                "items:0:condition", "unused",
                "resolution", "REFUND"),
            "review");

    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.document().getElementById("summary")).isNull();
    assertThat(elsewhere.text()).doesNotContain(number);
  }

  @Test
  void anApiKeyOverItsLimitGets429WithRetryAfterInTheCallersLanguage() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest call =
        HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/store"))
            .header("X-Api-Key", other.key())
            .header("Accept-Language", "zh-CN")
            .build();
    HttpResponse<String> limited = null;
    for (int i = 0; i < 700 && limited == null; i++) {
      HttpResponse<String> response = http.send(call, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 429) {
        limited = response;
      } else {
        assertThat(response.statusCode()).isEqualTo(200);
      }
    }

    assertThat(limited).as("600 calls a minute, then 429").isNotNull();
    assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 120L));
    assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = StoreApi.json(limited);
    assertThat(problem.getInt("status")).isEqualTo(429);
    assertThat(problem.getString("code")).isEqualTo("too-many-requests");
    assertThat(problem.getString("title")).startsWith("请求过多");
    assertThat(store.get("/api/v1/store").statusCode())
        .as("another store's key is not limited by it")
        .isEqualTo(200);
  }

  @Test
  void signUpFloodsGet429WithRetryAfterAndATranslatedPage() {
    WebSession flood = new WebSession("zh-CN").from("203.0.113." + (System.nanoTime() % 250 + 1));
    WebSession.Page answer = flood.get("/signup.xhtml");
    assertThat(answer.status()).isEqualTo(200);
    for (int i = 0; i < 250 && answer.status() != 429; i++) {
      answer = flood.submit(answer, "signup", Map.of(), "submit");
    }

    assertThat(answer.status()).as("the configured 200 sign-ups an hour, then 429").isEqualTo(429);
    assertThat(answer.text()).contains("请求过多");
    assertThat(new WebSession().get("/signup.xhtml").status())
        .as("other visitors can still open a store")
        .isEqualTo(200);
  }

  @Test
  void anImportBodyOverTheLimitIsRefusedWith413AndNothingIsImported() throws Exception {
    String prefix = "BIG-" + System.nanoTime() + "-";
    StringBuilder csv =
        new StringBuilder(
            "Name,Email,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
                + "Lineitem sku,Shipping Country\n");
    for (int i = 0; csv.length() < 1024 * 1024 + 10_000; i++) {
      csv.append(prefix)
          .append(i)
          .append(",big@example.com,EUR,2026-03-05 14:02:11 +0100,1,Tee,10.00,RS-TEE-M,DE\n");
    }
    byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
    // HTTP/1.1 as integrations send imports; the client's default h2c upgrade gets in the way of an
    // early answer.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> streamed =
        http.send(
            importRequest(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
            HttpResponse.BodyHandlers.ofString());
    // A declared length over the limit is refused before the body is read: the client waits for
    // "100 Continue" as HTTP means it to, and gets the 413 instead.
    HttpResponse<String> declared =
        http.send(
            HttpRequest.newBuilder(
                    importRequest(HttpRequest.BodyPublishers.ofByteArray(body)), (n, v) -> true)
                .expectContinue(true)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    for (HttpResponse<String> refused : List.of(streamed, declared)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
      assertThat(StoreApi.json(refused).getString("title"))
          .isEqualTo("The request body is larger than the 1 MB allowed.");
    }
    assertThat(store.get("/api/v1/orders/" + prefix + "0").statusCode()).isEqualTo(404);
  }

  @Test
  void anImportedOrderWithTooManyRowsIsRefusedWithItsReason() {
    String number = "ROWS-" + System.nanoTime();
    StringBuilder csv =
        new StringBuilder(
            "Name,Email,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
                + "Lineitem sku,Shipping Country\n");
    for (int i = 0; i < 501; i++) {
      csv.append(number)
          .append(",rows@example.com,EUR,2026-03-05 14:02:11 +0100,1,Tee,10.00,RS-TEE-M,DE\n");
    }
    JsonObject report =
        StoreApi.json(
            store.post("/api/v1/orders/import", csv.toString(), "Content-Type", "text/csv"));

    assertThat(report.getInt("rejected")).isEqualTo(1);
    JsonObject refused = report.getJsonArray("refused").getJsonObject(0);
    assertThat(refused.getInt("firstRow")).isEqualTo(2);
    assertThat(refused.getInt("lastRow")).isEqualTo(502);
    assertThat(refused.getString("message"))
        .isEqualTo("This order has more than 500 rows; no order may have more.");
    assertThat(store.get("/api/v1/orders/" + number).statusCode()).isEqualTo(404);
  }

  private static HttpRequest importRequest(HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/orders/import"))
        .header("X-Api-Key", store.key())
        .header("Content-Type", "text/csv")
        .timeout(Duration.ofSeconds(60))
        .POST(body)
        .build();
  }

  /** The store's system sends the order again, with another address. */
  private static void changeAddress(String number, String email) {
    Instant delivered = Instant.now().minus(Duration.ofDays(2));
    var response =
        store.post(
            "/api/v1/orders",
            ReturnsFixtures.ORDER.formatted(
                number,
                email,
                "DE",
                delivered.minus(Duration.ofDays(3)),
                delivered.minus(Duration.ofDays(2)),
                delivered,
                "30.00"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  /**
   * The failed look-ups counted for an order number in the store, read where every server counts
   * them (rows of the limit's counter, keyed by a digest of the store and the number's key).
   */
  private static long failedTries(StoreApi api, String number) {
    String bucket =
        RateCounters.bucket(
            new RateLimit("lookup-failures", 1, Duration.ofMinutes(15)),
            api.merchant().slug() + "\norder\n" + OrderNumber.parse(number).orElseThrow().key());
    String url =
        "jdbc:mysql://localhost:"
            + System.getProperty("returnport.db.port")
            + "/returnport?sslMode=DISABLED";
    try (Connection db = DriverManager.getConnection(url, "returnport", "returnport");
        PreparedStatement query =
            db.prepareStatement(
                "SELECT COALESCE(SUM(HITS), 0) FROM RATE_COUNTER WHERE BUCKET = ?")) {
      query.setString(1, bucket);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
