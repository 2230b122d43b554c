package org.returnport.it.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.it.returns.ReturnsFixtures.newReturn;
import static org.returnport.it.returns.ReturnsFixtures.order;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Returns end to end on the deployed application: the policy as stored versions, the shopper's
 * pages, the API, and what must never happen (another store's order, a replayed submit, two
 * approvals of one return).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ReturnsIT {

  static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void aStoreWithAPolicy() {
    store = StoreApi.newStore("Return Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
  }

  @Test
  void aShopperSeesFeesAndRefundBeforeSubmittingAndFollowsTheReturnByItsLink() {
    String number = "RS-" + System.nanoTime();
    order(store, number, "noah@example.com", "FR", 5, "30.00");
    WebSession shopper = new WebSession();
    String returns = "/s/" + store.merchant().slug() + "/returns";

    WebSession.Page choose =
        shopper.submit(
            shopper.get(returns),
            "find",
            Map.of("orderNumber", number, "email", "Noah@Example.com"),
            "go");
    assertThat(choose.text()).contains("Final sale: this item cannot be returned.");
    WebSession.Page review =
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
    assertThat(review.document().getElementById("shippingFee").text()).isEqualTo("− €5.95");
    assertThat(review.document().getElementById("total").text()).isEqualTo("€24.05");
    assertThat(review.document().getElementById("hub").text()).contains("Leipzig");
    WebSession.Page status = shopper.submit(review, "review", Map.of(), "submit");

    assertThat(status.document().getElementById("status").text()).isEqualTo("Approved");
    String rma = status.document().getElementById("rma").text();
    assertThat(rma).matches("RMA-[A-Z0-9]{8}");
    assertThat(status.document().getElementById("total").text()).isEqualTo("€24.05");
    String address = status.uri().getRawPath() + "?" + status.uri().getRawQuery();
    JsonObject stored = StoreApi.json(store.get("/api/v1/returns/" + rma));
    assertThat(stored.getString("status")).isEqualTo("APPROVED");
    assertThat(amount(stored, "refund")).isEqualByComparingTo("24.05");
    String mail = Mailbox.text("noah@example.com", "Your return " + rma + " is approved");
    assertThat(mail).contains("Lagerstraße 12").contains("DHL").contains(address + "&t=");
    String link = mail.substring(mail.indexOf(address)).split("\\s", 2)[0];
    assertThat(new WebSession().get(link).status()).isEqualTo(200);
    assertThat(new WebSession().get(link.replaceAll("t=[^&]+", "t=forged")).status())
        .isEqualTo(404);
    var label = shopper.raw(page(store, "label.pdf", link), Map.of());
    assertThat(label.statusCode()).isEqualTo(200);
    assertThat(label.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdfText(label.body())).contains(rma).contains("Leipzig").contains("DHL");
    var customs = shopper.raw(page(store, "customs.pdf", link), Map.of());
    assertThat(pdfText(customs.body()))
        .contains("RETURNED GOODS")
        .contains("610910")
        .contains("30.00");
    assertThat(
            new WebSession()
                .raw(page(store, "label.pdf", link.replaceAll("t=[^&]+", "t=x")), Map.of())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aDamagedItemNeedsAPhotoWhichIsStoredWithoutItsLocation() throws Exception {
    String number = "PH-" + System.nanoTime();
    order(store, number, "photo@example.com", "DE", 3, "30.00");
    WebSession shopper = new WebSession();
    Map<String, String> damaged =
        Map.of(
            "items:0:selected", "true",
            "items:0:quantity", "1",
            "items:0:reason", "damaged",
            "items:0:condition", "unused",
            "resolution", "REFUND");
    WebSession.Page choose =
        shopper.submit(
            shopper.get("/s/" + store.merchant().slug() + "/returns"),
            "find",
            Map.of("orderNumber", number, "email", "photo@example.com"),
            "go");

    WebSession.Page withoutPhoto = shopper.submit(choose, "choose", damaged, "review");
    WebSession.Page notAnImage =
        shopper.upload(
            withoutPhoto,
            "choose",
            damaged,
            "items:0:photos",
            "evil.jpg",
            "<svg/>".getBytes(),
            "review");
    WebSession.Page review =
        shopper.upload(
            notAnImage,
            "choose",
            damaged,
            "items:0:photos",
            "parcel.jpg",
            jpegTakenAtTheEiffelTower(),
            "review");
    WebSession.Page status = shopper.submit(review, "review", Map.of(), "submit");

    assertThat(withoutPhoto.text()).contains("Add at least one photo for this reason.");
    assertThat(notAnImage.text()).contains("Photos must be JPEG, PNG or WebP images.");
    assertThat(status.document().getElementById("status").text()).isEqualTo("Under review");
    String rma = status.document().getElementById("rma").text();
    WebSession admin = new WebSession();
    admin.signIn(store.merchant().email(), store.merchant().password());
    WebSession.Page detail = admin.get("/console/return.xhtml?rma=" + rma);
    assertThat(detail.text()).contains("A person looks at the photos.");
    String photo = detail.document().selectFirst("#photos img").attr("src");
    var served = admin.raw(photo, Map.of());
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(new String(served.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("GPSLatitude");
    assertThat(new WebSession().raw(photo, Map.of()).headers().firstValue("Content-Type"))
        .as("not for strangers: they are sent to sign in")
        .isNotEqualTo(java.util.Optional.of("image/jpeg"));
  }

  @Test
  void anAgentAsksTheShopperAnswersAndTheThreadIsKept() {
    String number = "MSG-" + System.nanoTime();
    order(store, number, "ask@example.com", "DE", 2, "400.00");
    JsonObject review = created(store, newReturn(number, "ask@example.com", "too-small"));
    String rma = review.getString("rma");
    WebSession agent = new WebSession();
    agent.signIn(store.merchant().email(), store.merchant().password());

    WebSession.Page asked =
        agent.submit(
            agent.get("/console/return.xhtml?rma=" + rma),
            "actions",
            Map.of("text", "Is the tag still attached?"),
            "ask");
    String question = Mailbox.text("ask@example.com", "A message about your return " + rma);
    String link =
        question.substring(
            question.indexOf("/s/"), question.indexOf('\n', question.indexOf("/s/")));
    WebSession shopper = new WebSession();
    WebSession.Page answered =
        shopper.submit(shopper.get(link.strip()), "message", Map.of("text", "Yes, it is."), "send");

    assertThat(asked.text()).contains("Question sent for return " + rma);
    assertThat(question).contains("Is the tag still attached?");
    assertThat(answered.document().getElementById("timeline").text())
        .contains("The store asked a question")
        .contains("Is the tag still attached?")
        .contains("Message from the shopper")
        .contains("Yes, it is.");
    JsonObject thread = StoreApi.json(store.get("/api/v1/returns/" + rma));
    assertThat(thread.getString("waitingOn"))
        .as("the answer is the store's move")
        .isEqualTo("MERCHANT");
    assertThat(thread.getJsonArray("events").getJsonObject(1).getString("actor"))
        .isEqualTo(store.merchant().email());
  }

  /** A small JPEG with an EXIF segment that says where it was taken. */
  private static byte[] jpegTakenAtTheEiffelTower() throws java.io.IOException {
    var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpg", out);
    byte[] jpeg = out.toByteArray();
    byte[] exif =
        "Exif\0\0GPSLatitude 48.8584".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    var withExif = new java.io.ByteArrayOutputStream();
    withExif.write(jpeg, 0, 2);
    withExif.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2)});
    withExif.write(exif, 0, exif.length);
    withExif.write(jpeg, 2, jpeg.length - 2);
    return withExif.toByteArray();
  }

  @Test
  void aShopperSeesThePagesInChinese() {
    String number = "ZH-" + System.nanoTime();
    order(store, number, "li@example.com", "CN", 5, "30.00");
    WebSession shopper = new WebSession("zh-CN");

    WebSession.Page choose =
        shopper.submit(
            shopper.get("/s/" + store.merchant().slug() + "/returns"),
            "find",
            Map.of("orderNumber", number, "email", "li@example.com"),
            "go");

    assertThat(choose.text()).contains("最终销售商品，不可退货。").contains("尺码偏小").contains("原路退款");
  }

  @Test
  void aPolicyChangeNeverChangesAReturnAlreadyRequested() {
    StoreApi own = StoreApi.newStore("Policy Shop");
    ReturnsFixtures.publishPolicy(own, 0, "5.95");
    ReturnsFixtures.stock(own);
    order(own, "PS-1", "a@example.com", "DE", 3, "30.00");
    order(own, "PS-2", "b@example.com", "DE", 3, "30.00");
    String before = created(own, newReturn("PS-1", "a@example.com", "too-small")).getString("rma");

    int version = ReturnsFixtures.publishPolicy(own, 1, "9.95");
    JsonObject after = created(own, newReturn("PS-2", "b@example.com", "too-small"));

    assertThat(version).isEqualTo(2);
    JsonObject old = StoreApi.json(own.get("/api/v1/returns/" + before));
    assertThat(old.getInt("policyVersion")).isEqualTo(1);
    assertThat(amount(old, "shippingFee")).isEqualByComparingTo("5.95");
    assertThat(after.getInt("policyVersion")).isEqualTo(2);
    assertThat(amount(after, "shippingFee")).isEqualByComparingTo("9.95");
    HttpResponse<String> stale =
        own.put("/api/v1/policy", ReturnsFixtures.POLICY.formatted(1, "1.00"));
    assertThat(stale.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(own.get("/api/v1/policy")).getInt("version")).isEqualTo(2);
  }

  @Test
  void aBadPolicyIsRefusedWithTheFieldAndNothingIsPublished() {
    StoreApi own = StoreApi.newStore("Bad Policy Shop");

    HttpResponse<String> refused =
        own.put(
            "/api/v1/policy",
            ReturnsFixtures.POLICY
                .formatted(0, "5.95")
                .replace("\"windowDays\": 30", "\"windowDays\": 400"));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(refused).getString("field")).isEqualTo("windowDays");
    assertThat(own.get("/api/v1/policy").statusCode()).isEqualTo(404);
  }

  @Test
  void whatThePolicyRefusesIsRefusedInItsWordsAndInTheCallersLanguage() {
    String number = "RF-" + System.nanoTime();
    order(store, number, "late@example.com", "DE", 40, "30.00");
    String finalSale =
        """
        {"orderNumber": "%s", "email": "late@example.com", "resolution": "REFUND",
         "items": [{"lineNo": 2, "quantity": 1, "reason": "too-small", "condition": "unused"}]}
        """
            .formatted(number);

    HttpResponse<String> late =
        store.post(
            "/api/v1/returns",
            newReturn(number, "late@example.com", "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    HttpResponse<String> scarf =
        store.post(
            "/api/v1/returns",
            finalSale,
            "Idempotency-Key",
            UUID.randomUUID().toString(),
            "Accept-Language",
            "zh-CN");

    assertThat(late.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(late).getString("title"))
        .startsWith("The 30-day return window for this item closed on");
    assertThat(scarf.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(scarf).getString("title")).isEqualTo("最终销售商品，不可退货。");
    assertThat(StoreApi.json(store.get("/api/v1/returns?search=late@example.com")).getInt("total"))
        .isZero();
  }

  @Test
  void aReplayedSubmitCreatesOneReturnAndNoMoreThanWasBoughtCanGoBack() {
    String number = "RP-" + System.nanoTime();
    order(store, number, "twice@example.com", "DE", 2, "30.00");
    String key = UUID.randomUUID().toString();
    String body =
        newReturn(number, "twice@example.com", "too-small")
            .replace("\"quantity\": 1", "\"quantity\": 2");

    JsonObject first = created(store, body, key);
    JsonObject replayed = created(store, body, key);
    HttpResponse<String> more =
        store.post("/api/v1/returns", body, "Idempotency-Key", UUID.randomUUID().toString());

    assertThat(replayed.getString("rma")).isEqualTo(first.getString("rma"));
    assertThat(StoreApi.json(store.get("/api/v1/returns?search=" + number)).getInt("total"))
        .isEqualTo(1);
    assertThat(more.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(more).getString("title"))
        .isEqualTo("This item is already in another return.");
  }

  @Test
  void anExchangeSwapsForAnotherVariantAndRefundsNothing() {
    String number = "EX-" + System.nanoTime();
    order(store, number, "swap@example.com", "FR", 3, "30.00");
    String exchange =
        """
        {"orderNumber": "%s", "email": "swap@example.com", "resolution": "EXCHANGE",
         "items": [{"lineNo": 1, "quantity": 1, "reason": "too-small", "condition": "unused",
                    "exchangeSku": "%s"}]}
        """;

    JsonObject swapped = created(store, exchange.formatted(number, "TEE-L"));
    HttpResponse<String> notAVariant =
        store.post(
            "/api/v1/returns",
            exchange.formatted(number, "SCARF"),
            "Idempotency-Key",
            UUID.randomUUID().toString());

    assertThat(swapped.getString("resolution")).isEqualTo("EXCHANGE");
    assertThat(amount(swapped, "refund")).isEqualByComparingTo("0");
    assertThat(amount(swapped, "shippingFee")).isEqualByComparingTo("0");
    assertThat(swapped.getJsonArray("lines").getJsonObject(0).getString("exchangeSku"))
        .isEqualTo("TEE-L");
    assertThat(notAVariant.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(notAVariant).getString("title"))
        .isEqualTo("Choose the variant you would like instead of this item.");
  }

  @Test
  void anotherStoresOrdersAndReturnsAreNotFound() {
    StoreApi other = StoreApi.newStore("Other Shop");
    String number = "OT-" + System.nanoTime();
    order(store, number, "mine@example.com", "DE", 2, "30.00");
    String rma =
        created(store, newReturn(number, "mine@example.com", "too-small")).getString("rma");

    HttpResponse<String> theirs =
        other.post(
            "/api/v1/returns",
            newReturn(number, "mine@example.com", "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());

    assertThat(theirs.statusCode()).isEqualTo(404);
    assertThat(other.get("/api/v1/returns/" + rma).statusCode()).isEqualTo(404);
    assertThat(other.post("/api/v1/returns/" + rma + "/approve", "").statusCode()).isEqualTo(404);
    assertThat(
            new WebSession()
                .get("/s/" + other.merchant().slug() + "/return?rma=" + rma + "&t=x")
                .status())
        .isEqualTo(404);
  }

  @Test
  void lookUpsAreThrottledAfterFiveWrongAttemptsWithOneGenericMessage() {
    String number = "TH-" + System.nanoTime();
    order(store, number, "right@example.com", "DE", 2, "30.00");
    WebSession guesser = new WebSession();
    String returns = "/s/" + store.merchant().slug() + "/returns";

    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      answers.add(
          guesser
              .submit(
                  guesser.get(returns),
                  "find",
                  Map.of("orderNumber", number, "email", "guess" + i + "@example.com"),
                  "go")
              .document()
              .getElementById("messages")
              .text());
    }
    WebSession.Page rightButLate =
        guesser.submit(
            guesser.get(returns),
            "find",
            Map.of("orderNumber", number, "email", "right@example.com"),
            "go");
    WebSession.Page wrongNumber =
        guesser.submit(
            guesser.get(returns),
            "find",
            Map.of("orderNumber", "NOPE-1", "email", "right@example.com"),
            "go");

    assertThat(answers)
        .containsOnly(
            "We could not find an order with this number and e-mail address. Check both and try again.");
    assertThat(wrongNumber.document().getElementById("messages").text()).isEqualTo(answers.get(0));
    assertThat(rightButLate.text()).contains("Too many attempts");
    assertThat(rightButLate.document().getElementById("choose")).isNull();
  }

  @Test
  void twoApprovalsAtOnceApplyOnceAndTheSecondIsTold() throws Exception {
    String number = "CC-" + System.nanoTime();
    order(store, number, "big@example.com", "DE", 2, "400.00");
    JsonObject review = created(store, newReturn(number, "big@example.com", "too-small"));
    assertThat(review.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(review.getJsonArray("reviewReasons").getString(0))
        .isEqualTo("returnport.review.orderValue");
    String approve = "/api/v1/returns/" + review.getString("rma") + "/approve";

    // Both agents wait at the barrier, then click together: the two requests are in flight at
    // the same time, not one after the other as two tasks on a pool might happen to run.
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService agents = Executors.newFixedThreadPool(2);
    Callable<HttpResponse<String>> click =
        () -> {
          together.await(30, TimeUnit.SECONDS);
          return store.post(approve, "");
        };
    List<Future<HttpResponse<String>>> both = agents.invokeAll(List.of(click, click));
    agents.shutdown();

    List<Integer> statuses = new ArrayList<>();
    for (Future<HttpResponse<String>> result : both) {
      statuses.add(result.get().statusCode());
    }
    assertThat(statuses).containsExactlyInAnyOrder(200, 422);
    JsonObject decided = StoreApi.json(store.get("/api/v1/returns/" + review.getString("rma")));
    assertThat(
            decided.getJsonArray("events").stream()
                .filter(e -> e.asJsonObject().getString("kind").equals("APPROVED")))
        .hasSize(1);
    assertThat(decided.getJsonArray("events").getJsonObject(1).getString("actor"))
        .startsWith("api-key:");
  }

  @Test
  void theQueueFiltersAndSearches() {
    StoreApi own = StoreApi.newStore("Queue Shop");
    ReturnsFixtures.publishPolicy(own, 0, "5.95");
    ReturnsFixtures.stock(own);
    order(own, "Q-1", "q1@example.com", "DE", 2, "30.00");
    order(own, "Q-2", "q2@example.com", "CN", 2, "400.00");
    created(own, newReturn("Q-1", "q1@example.com", "too-small"));
    String review = created(own, newReturn("Q-2", "q2@example.com", "wrong-item")).getString("rma");

    assertThat(total(own, "")).isEqualTo(2);
    assertThat(total(own, "status=UNDER_REVIEW")).isEqualTo(1);
    assertThat(total(own, "waitingOn=MERCHANT")).isEqualTo(1);
    assertThat(total(own, "reason=wrong-item")).isEqualTo(1);
    assertThat(total(own, "country=CN")).isEqualTo(1);
    assertThat(total(own, "search=" + review)).isEqualTo(1);
    assertThat(total(own, "search=q1@example.com")).isEqualTo(1);
    assertThat(total(own, "olderThanDays=1")).isZero();
    HttpResponse<String> rejected =
        own.post(
            "/api/v1/returns/" + review + "/reject",
            "{\"reason\": \"Worn items cannot be taken back.\"}");
    assertThat(StoreApi.json(rejected).getString("status")).isEqualTo("REJECTED");
    assertThat(Mailbox.text("q2@example.com", "About your return " + review))
        .contains("Worn items cannot be taken back.");
    assertThat(total(own, "status=UNDER_REVIEW")).isZero();
  }

  private static java.math.BigDecimal amount(JsonObject json, String field) {
    return new java.math.BigDecimal(json.getJsonObject(field).getString("amount"));
  }

  /** The store's address of a paper of the return whose status link is given. */
  private static String page(StoreApi api, String paper, String statusLink) {
    return "/s/"
        + api.merchant().slug()
        + "/"
        + paper
        + statusLink.substring(statusLink.indexOf('?'));
  }

  private static String pdfText(byte[] pdf) {
    try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
      StringBuilder text = new StringBuilder();
      var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static int total(StoreApi api, String query) {
    return StoreApi.json(api.get("/api/v1/returns?" + query)).getInt("total");
  }

  private static JsonObject created(StoreApi api, String body) {
    return created(api, body, UUID.randomUUID().toString());
  }

  private static JsonObject created(StoreApi api, String body, String key) {
    HttpResponse<String> response = api.post("/api/v1/returns", body, "Idempotency-Key", key);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return StoreApi.json(response);
  }
}
