package org.returnport.it.payments;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.access.StaffRole;
import org.returnport.it.Deployments;
import org.returnport.it.web.NewMerchant;
import org.returnport.it.web.StaffInvitations;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;
import org.returnport.payments.control.StripeSignature;
import org.returnport.payments.control.StripeStub;
import org.returnport.payments.control.StripeStub.Received;

/**
 * Payment gateways on the deployed application, with Stripe played by the local stub the server is
 * pointed at ({@code RETURNPORT_STRIPE_URL}): the administrator sets the store's Stripe account and
 * chooses Stripe for card payments in the console; a refund through the store's gateway for "card"
 * reaches Stripe with its idempotency key; Stripe's signed webhooks are applied once and forged,
 * unsigned or stale ones are refused and fire nothing; an agent can neither open the page nor
 * change the choice.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

  static final String KEY = "sk_test_51ItPaymentsStripeKey" + "9Xq7";
  static final String SIGNING_SECRET = "whsec_ItPaymentsSigningSecret0123456789";
  static final String PAYMENT = "pi_it_" + UUID.randomUUID().toString().substring(0, 8);
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static StripeStub stripe;
  static StoreApi store;
  static WebSession admin;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(
        List.of(PaymentsDriver.class), List.of(GatewayNotices.class));
  }

  @BeforeAll
  static void aStoreThatRefundsCardsThroughStripe() throws IOException {
    stripe = StripeStub.start(Integer.getInteger("returnport.stripe.port", 3036), KEY);
    stripe.payment(PAYMENT, 10_000, "eur");
    store = StoreApi.newStore("Payments Shop");
    admin = new WebSession();
    admin.signIn(store.merchant().email(), store.merchant().password());

    WebSession.Page page = admin.get("/console/payments.xhtml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().getElementById("webhookUrl").text())
        .endsWith("/api/v1/payments/" + store.merchant().slug() + "/stripe");
    WebSession.Page tooEarly =
        admin.submit(page, "add", Map.of("method", "card", "gateway", "stripe"), "submit");
    assertThat(tooEarly.text()).contains("Save a Stripe API key before you choose Stripe.");
    WebSession.Page badKey =
        admin.submit(tooEarly, "stripe", Map.of("apiKey", "pk_test_publishable123"), "save");
    assertThat(badKey.fieldError("stripe", "apiKey")).contains("This is no Stripe secret key");

    WebSession.Page saved =
        admin.submit(
            badKey, "stripe", Map.of("apiKey", KEY, "signingSecret", SIGNING_SECRET), "save");
    assertThat(saved.text()).contains("The Stripe account was saved.").contains("•••• 9Xq7");
    assertThat(saved.document().html()).doesNotContain(KEY).doesNotContain(SIGNING_SECRET);
    WebSession.Page chosen =
        admin.submit(saved, "add", Map.of("method", " Card ", "gateway", "stripe"), "submit");
    assertThat(chosen.text()).contains("Payments by card now go through stripe.");
  }

  @AfterAll
  static void stopStripe() {
    stripe.close();
  }

  @Test
  void aRefundForACardPaymentReachesStripeWithItsIdempotencyKey() throws Exception {
    String key = "RMA-IT-" + UUID.randomUUID().toString().substring(0, 8) + "-R1";

    JsonObject refund = refund(key, "12.34");
    JsonObject again = refund(key, "12.34");

    assertThat(refund.getString("gateway")).isEqualTo("stripe");
    assertThat(refund.getString("state")).as(refund.toString()).isEqualTo("SUCCEEDED");
    assertThat(refund.getString("amount")).isEqualTo("12.34");
    assertThat(again.getString("id")).isEqualTo(refund.getString("id"));
    List<Received> sent =
        stripe.received().stream().filter(r -> key.equals(r.idempotencyKey())).toList();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).path()).isEqualTo("/v1/refunds");
    assertThat(sent.get(0).form())
        .containsEntry("payment_intent", PAYMENT)
        .containsEntry("amount", "1234")
        .containsEntry("metadata[returnport_key]", key);
    assertThat(stripe.refunds().stream().filter(r -> r.get("id").equals(refund.getString("id"))))
        .as("one refund for two sends")
        .hasSize(1);
  }

  @Test
  void aSignedWebhookIsAppliedOnceAndForgedUnsignedOrStaleOnesChangeNothing() throws Exception {
    String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
    String body = refundUpdated(eventId, "RMA-IT-W1-R1", "succeeded");
    long now = Instant.now().getEpochSecond();

    HttpResponse<String> applied =
        webhook(body, StripeSignature.header(bytes(body), SIGNING_SECRET, now));
    HttpResponse<String> replayed =
        webhook(body, StripeSignature.header(bytes(body), SIGNING_SECRET, now));

    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
    assertThat(StoreApi.json(applied).getString("status")).isEqualTo("applied");
    assertThat(replayed.statusCode()).isEqualTo(200);
    assertThat(StoreApi.json(replayed).getString("status")).isEqualTo("replayed");
    List<JsonObject> notices = notices(eventId);
    assertThat(notices).as("fired once").hasSize(1);
    assertThat(notices.get(0).getString("subject")).isEqualTo("REFUND");
    assertThat(notices.get(0).getString("state")).isEqualTo("SUCCEEDED");
    assertThat(notices.get(0).getString("idempotencyKey")).isEqualTo("RMA-IT-W1-R1");
    assertThat(notices.get(0).getString("amount")).isEqualTo("12.34");
    assertThat(notices.get(0).getString("currency")).isEqualTo("EUR");

    String otherId = "evt_" + UUID.randomUUID().toString().replace("-", "");
    String other = refundUpdated(otherId, "RMA-IT-W2-R1", "failed");
    HttpResponse<String> forged =
        webhook(
            other,
            StripeSignature.header(bytes(other), "whsec_NotTheStoresSecret123", now),
            "Accept-Language",
            "zh-CN");
    HttpResponse<String> tampered =
        webhook(
            other.replace("failed", "succeeded"),
            StripeSignature.header(bytes(other), SIGNING_SECRET, now));
    HttpResponse<String> unsigned = webhook(other, null);
    HttpResponse<String> stale =
        webhook(other, StripeSignature.header(bytes(other), SIGNING_SECRET, now - 600));

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(StoreApi.json(forged).getString("title")).isEqualTo("签名与本店的 Stripe 签名密钥不符。");
    assertThat(tampered.statusCode()).isEqualTo(401);
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(StoreApi.json(unsigned).getString("title"))
        .isEqualTo(
            "The Stripe-Signature header is missing or carries no timestamp and v1 signature.");
    assertThat(stale.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(stale).getString("title"))
        .isEqualTo("This event was signed more than five minutes from now.");
    assertThat(notices(otherId)).as("nothing refused was fired").isEmpty();

    HttpResponse<String> late =
        webhook(other, StripeSignature.header(bytes(other), SIGNING_SECRET, now));
    assertThat(StoreApi.json(late).getString("status")).isEqualTo("applied");
    assertThat(notices(otherId)).extracting(n -> n.getString("state")).containsExactly("FAILED");
  }

  @Test
  void anAgentCannotOpenThePageNorChangeTheChoice() throws Exception {
    NewMerchant agent = NewMerchant.unique("payagent");
    agent.signUp(new WebSession());
    StaffInvitations.invite(admin, agent.email(), StaffRole.MERCHANT_AGENT);
    StaffInvitations.accept(agent);
    WebSession session = new WebSession();
    session.signIn(agent.email(), agent.password());
    StaffInvitations.chooseStore(session, store.merchant().slug());

    assertThat(session.get("/console/payments.xhtml").status()).isEqualTo(404);
    WebSession.Page adminsPage = admin.get("/console/payments.xhtml");
    WebSession.Page refused =
        session.submit(adminsPage, "add", Map.of("method", "card", "gateway", "sandbox"), "submit");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(
            refund("RMA-IT-" + UUID.randomUUID().toString().substring(0, 8), "1.00")
                .getString("gateway"))
        .isEqualTo("stripe");
  }

  static JsonObject refund(String key, String amount) throws Exception {
    String query =
        "store="
            + store.merchant().slug()
            + "&method=card&key="
            + key
            + "&reference="
            + PAYMENT
            + "&amount="
            + amount
            + "&currency=EUR";
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(WebSession.BASE + "/it/payments?" + query))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  static List<JsonObject> notices(String eventId) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(WebSession.BASE + "/it/payments?notice=" + eventId))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new ArrayList<>(
        StoreApi.json(response).getJsonArray("notices").getValuesAs(JsonObject.class));
  }

  static String refundUpdated(String eventId, String key, String status) {
    return """
        {"id":"%s","object":"event","type":"refund.updated","created":%d,"livemode":false,
         "data":{"object":{"id":"re_it_%s","object":"refund","amount":1234,"currency":"eur",
         "status":"%s","payment_intent":"%s","metadata":{"returnport_key":"%s"}}}}"""
        .formatted(eventId, Instant.now().getEpochSecond(), eventId, status, PAYMENT, key);
  }

  static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  static HttpResponse<String> webhook(String body, String signature, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    WebSession.BASE + "/api/v1/payments/" + store.merchant().slug() + "/stripe"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
