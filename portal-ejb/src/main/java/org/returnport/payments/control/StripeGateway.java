package org.returnport.payments.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.returnport.money.Money;
import org.returnport.payments.control.GatewayException.Kind;

/**
 * One store's Stripe account, spoken to through Stripe's HTTP API: refunds ({@code /v1/refunds}),
 * payment links (Checkout Sessions) and holds (PaymentIntents with manual capture). Every request
 * that moves money carries our idempotency key twice: as Stripe's {@code Idempotency-Key} header,
 * so that a resent request is answered with the first one's object, and in the object's metadata
 * ({@code returnport_key}), so that the object can be found again after a time-out, when Stripe's
 * own idempotency memory (24 hours) may be gone.
 */
public class StripeGateway implements PaymentGateway {

  public static final String CODE = "stripe";

  /** Where our idempotency key is kept on Stripe's objects. */
  public static final String KEY_METADATA = "returnport_key";

  private static final int PAGE = 100;
  private static final int REASON_MAX = 500;

  private final String apiKey;
  private final URI base;
  private final HttpClient http;
  private final Duration readTimeout;
  private final URI returnUrl;

  /**
   * @param base Stripe's API base, e.g. {@code https://api.stripe.com}
   * @param http a client whose connect time-out is the one to apply
   * @param readTimeout how long to wait for an answer once connected
   * @param returnUrl where Checkout sends the shopper back to after paying or giving up
   */
  public StripeGateway(
      String apiKey, URI base, HttpClient http, Duration readTimeout, URI returnUrl) {
    this.apiKey = apiKey;
    this.base = base;
    this.http = http;
    this.readTimeout = readTimeout;
    this.returnUrl = returnUrl;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public GatewayRefund refund(RefundOrder order) throws GatewayException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("payment_intent", order.paymentReference());
    form.put("amount", Long.toString(minor(order.amount())));
    form.put("reason", "requested_by_customer");
    form.put("metadata[" + KEY_METADATA + "]", order.idempotencyKey());
    if (order.reason() != null && !order.reason().isBlank()) {
      form.put("metadata[returnport_reason]", truncate(order.reason(), REASON_MAX));
    }
    return refundOf(post("/v1/refunds", form, order.idempotencyKey()));
  }

  @Override
  public Optional<GatewayRefund> findRefund(RefundOrder order) throws GatewayException {
    String after = null;
    while (true) {
      String query =
          "payment_intent="
              + encode(order.paymentReference())
              + "&limit="
              + PAGE
              + (after == null ? "" : "&starting_after=" + encode(after));
      JsonObject list = get("/v1/refunds?" + query);
      JsonArray data = list.getJsonArray("data");
      for (JsonValue value : data) {
        JsonObject refund = value.asJsonObject();
        if (order.idempotencyKey().equals(metadata(refund, KEY_METADATA))) {
          return Optional.of(refundOf(refund));
        }
      }
      if (!list.getBoolean("has_more", false) || data.isEmpty()) {
        return Optional.empty();
      }
      after = data.getJsonObject(data.size() - 1).getString("id");
    }
  }

  @Override
  public PaymentLink paymentLink(ChargeOrder order) throws GatewayException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("mode", "payment");
    form.put("line_items[0][quantity]", "1");
    form.put("line_items[0][price_data][currency]", stripeCurrency(order.amount()));
    form.put("line_items[0][price_data][unit_amount]", Long.toString(minor(order.amount())));
    form.put("line_items[0][price_data][product_data][name]", order.description());
    form.put("client_reference_id", truncate(order.paymentReference(), 200));
    form.put("metadata[" + KEY_METADATA + "]", order.idempotencyKey());
    form.put("payment_intent_data[metadata][" + KEY_METADATA + "]", order.idempotencyKey());
    form.put("success_url", returnUrl.toString());
    form.put("cancel_url", returnUrl.toString());
    JsonObject session = post("/v1/checkout/sessions", form, order.idempotencyKey());
    return new PaymentLink(session.getString("id"), URI.create(session.getString("url")));
  }

  /**
   * A new PaymentIntent with manual capture, off-session, on the card and customer of the order's
   * own payment: Stripe holds the amount until it is captured or cancelled.
   */
  @Override
  public GatewayHold authorize(ChargeOrder order) throws GatewayException {
    JsonObject original = get("/v1/payment_intents/" + encode(order.paymentReference()));
    String paymentMethod = idOf(original.get("payment_method"));
    if (paymentMethod == null) {
      throw new GatewayException(
          Kind.REJECTED, "payment " + order.paymentReference() + " has no payment method to hold");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("amount", Long.toString(minor(order.amount())));
    form.put("currency", stripeCurrency(order.amount()));
    form.put("capture_method", "manual");
    form.put("confirm", "true");
    form.put("off_session", "true");
    form.put("payment_method", paymentMethod);
    String customer = idOf(original.get("customer"));
    if (customer != null) {
      form.put("customer", customer);
    }
    form.put("description", order.description());
    form.put("metadata[" + KEY_METADATA + "]", order.idempotencyKey());
    JsonObject intent = post("/v1/payment_intents", form, order.idempotencyKey());
    String status = intent.getString("status", "");
    if (!status.equals("requires_capture")) {
      throw new GatewayException(
          Kind.REJECTED, "hold " + intent.getString("id", "?") + " not placed: " + status);
    }
    return new GatewayHold(
        intent.getString("id"),
        MinorUnits.toMoney(
            intent.getJsonNumber("amount_capturable").longValueExact(),
            intent.getString("currency")));
  }

  @Override
  public void capture(GatewayHold hold, String idempotencyKey) throws GatewayException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("amount_to_capture", Long.toString(minor(hold.amount())));
    post("/v1/payment_intents/" + encode(hold.id()) + "/capture", form, idempotencyKey);
  }

  @Override
  public void release(GatewayHold hold, String idempotencyKey) throws GatewayException {
    try {
      post("/v1/payment_intents/" + encode(hold.id()) + "/cancel", Map.of(), idempotencyKey);
    } catch (GatewayException e) {
      // Stripe refuses to cancel an intent twice; a hold already let go is what was asked for.
      if (e.kind() != Kind.REJECTED
          || !"canceled"
              .equals(get("/v1/payment_intents/" + encode(hold.id())).getString("status", ""))) {
        throw e;
      }
    }
  }

  /** A Stripe refund object's status as ours; {@code requires_action} is still on its way. */
  public static RefundState state(String status) {
    return switch (status) {
      case "succeeded" -> RefundState.SUCCEEDED;
      case "failed", "canceled" -> RefundState.FAILED;
      default -> RefundState.PENDING;
    };
  }

  static GatewayRefund refundOf(JsonObject refund) {
    RefundState state = state(refund.getString("status", ""));
    return new GatewayRefund(
        refund.getString("id"),
        state,
        MinorUnits.toMoney(
            refund.getJsonNumber("amount").longValueExact(), refund.getString("currency")),
        state == RefundState.FAILED ? stringOrNull(refund, "failure_reason") : null);
  }

  /** A metadata value of a Stripe object, or null. */
  public static String metadata(JsonObject object, String key) {
    JsonValue metadata = object.get("metadata");
    if (metadata == null || metadata.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    return stringOrNull(metadata.asJsonObject(), key);
  }

  private static String stringOrNull(JsonObject object, String key) {
    JsonValue value = object.get(key);
    return value instanceof JsonString text ? text.getString() : null;
  }

  /** Stripe writes an expandable field as the object's id, or as the object itself. */
  private static String idOf(JsonValue value) {
    if (value instanceof JsonString text) {
      return text.getString();
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.OBJECT) {
      return stringOrNull(value.asJsonObject(), "id");
    }
    return null;
  }

  private static long minor(Money amount) throws GatewayException {
    try {
      return MinorUnits.of(amount);
    } catch (IllegalArgumentException e) {
      throw new GatewayException(Kind.REJECTED, e.getMessage(), e);
    }
  }

  private static String stripeCurrency(Money amount) {
    return amount.currency().toLowerCase(Locale.ROOT);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private JsonObject post(String path, Map<String, String> form, String idempotencyKey)
      throws GatewayException {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request.build(), path);
  }

  private JsonObject get(String path) throws GatewayException {
    return send(request(path).GET().build(), path.replaceAll("\\?.*", ""));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
        .timeout(readTimeout)
        .header("Authorization", "Bearer " + apiKey)
        .header("Accept", "application/json");
  }

  private JsonObject send(HttpRequest request, String what) throws GatewayException {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new GatewayException(Kind.NOT_SENT, "Stripe not reached for " + what, e);
    } catch (HttpTimeoutException e) {
      throw new GatewayException(Kind.OUTCOME_UNKNOWN, "Stripe did not answer " + what, e);
    } catch (IOException e) {
      throw new GatewayException(Kind.OUTCOME_UNKNOWN, "Stripe's answer to " + what + " lost", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayException(Kind.OUTCOME_UNKNOWN, "interrupted waiting for " + what, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      } catch (JsonParsingException | ClassCastException e) {
        throw new GatewayException(
            Kind.OUTCOME_UNKNOWN, "Stripe's answer to " + what + " is no JSON object", e);
      }
    }
    String error = what + ": HTTP " + status + errorCode(response.body());
    if (status == 429) {
      // Rate limited: Stripe did nothing, and the same request may be sent again later.
      throw new GatewayException(Kind.NOT_SENT, error);
    }
    if (status == 409) {
      // The same idempotency key is still being worked on by Stripe: its outcome is not known yet.
      throw new GatewayException(Kind.OUTCOME_UNKNOWN, error);
    }
    if (status >= 500) {
      throw new GatewayException(Kind.OUTCOME_UNKNOWN, error);
    }
    throw new GatewayException(Kind.REJECTED, error);
  }

  /** Stripe's error type and code, for the log; never the request, which holds no secret either. */
  private static String errorCode(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject error = reader.readObject().getJsonObject("error");
      if (error == null) {
        return "";
      }
      String type = stringOrNull(error, "type");
      String code = stringOrNull(error, "code");
      return " (" + type + (code == null ? "" : "/" + code) + ")";
    } catch (RuntimeException e) {
      return "";
    }
  }
}
