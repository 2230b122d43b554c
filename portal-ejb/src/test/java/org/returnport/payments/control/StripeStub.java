package org.returnport.payments.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Stripe's HTTP API as documented, for tests of {@link StripeGateway}: {@code
 * POST/GET /v1/refunds}, {@code POST /v1/checkout/sessions}, {@code GET/POST /v1/payment_intents}
 * with capture and cancel. Bearer-key authentication, form-encoded requests, JSON objects and
 * Stripe's error shape. Idempotency as Stripe keeps it: a POST sent again with the same {@code
 * Idempotency-Key} and the same parameters is answered with the first answer (and nothing is done
 * again); the same key with other parameters is a 400 {@code idempotency_error}. It can be told to
 * decline, to answer 500, or to act and then answer too late.
 */
public final class StripeStub implements AutoCloseable {

  /** How the stub treats the next money-moving requests. */
  public enum Behaviour {
    /** As Stripe does when all is well. */
    NORMAL,
    /** Refunds come back as failed refund objects, holds as card errors (402). */
    DECLINE,
    /** Acts, then keeps the client waiting longer than any sane read time-out. */
    SLOW,
    /** Answers 500 without acting. */
    FAIL
  }

  /** A request as it reached the stub. */
  public record Received(
      String method, String path, String idempotencyKey, Map<String, String> form) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final String apiKey;
  private final AtomicLong ids = new AtomicLong(1000);
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Map<String, Map<String, Object>> intents = new ConcurrentHashMap<>();
  private final List<Map<String, Object>> refunds = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Remembered> idempotency = new ConcurrentHashMap<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private volatile Behaviour behaviour = Behaviour.NORMAL;
  private volatile Duration stall = Duration.ofSeconds(30);

  private record Remembered(String request, int status, String body) {}

  private record Answer(int status, String body) {}

  private StripeStub(HttpServer server, String apiKey) {
    this.server = server;
    this.apiKey = apiKey;
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A stub on the loopback address, on {@code port} (0: any free port), accepting one key. */
  public static StripeStub start(int port, String apiKey) throws IOException {
    return new StripeStub(
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0),
        apiKey);
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public void behave(Behaviour next) {
    behaviour = next;
  }

  /** How long a SLOW answer is held back. */
  public void stallFor(Duration duration) {
    stall = duration;
  }

  /** A payment the shopper made, that refunds and holds can name. */
  public void payment(String id, long amount, String currency) {
    Map<String, Object> intent = new LinkedHashMap<>();
    intent.put("id", id);
    intent.put("object", "payment_intent");
    intent.put("amount", amount);
    intent.put("amount_received", amount);
    intent.put("amount_capturable", 0L);
    intent.put("currency", currency);
    intent.put("capture_method", "automatic");
    intent.put("status", "succeeded");
    intent.put("payment_method", "pm_card_" + id);
    intent.put("customer", "cus_" + id);
    intents.put(id, intent);
  }

  /** The refunds made so far, oldest first. */
  public List<Map<String, Object>> refunds() {
    synchronized (refunds) {
      return List.copyOf(refunds);
    }
  }

  public Map<String, Object> intent(String id) {
    return intents.get(id);
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> form =
          method.equals("GET") ? parse(exchange.getRequestURI().getRawQuery()) : parse(body);
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      received.add(new Received(method, path, key, form));
      if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        send(exchange, error(401, "invalid_request_error", null, "Invalid API Key provided"));
        return;
      }
      Answer answer = answer(method, path, body, form, key);
      if (behaviour == Behaviour.SLOW && method.equals("POST")) {
        closing.await(stall.toMillis(), TimeUnit.MILLISECONDS);
      }
      send(exchange, answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Looked up and acted on at once, so that two requests with one key never both act. */
  private synchronized Answer answer(
      String method, String path, String body, Map<String, String> form, String key) {
    if (!method.equals("POST") || key == null) {
      return route(method, path, form);
    }
    String request = path + "?" + body;
    Remembered before = idempotency.get(key);
    if (before != null) {
      return before.request().equals(request)
          ? new Answer(before.status(), before.body())
          : error(
              400,
              "idempotency_error",
              null,
              "Keys for idempotent requests can only be used with the same parameters");
    }
    Answer answer = route(method, path, form);
    // Stripe does not keep 5xx answers: the request may be sent again with its key.
    if (answer.status() < 500) {
      idempotency.put(key, new Remembered(request, answer.status(), answer.body()));
    }
    return answer;
  }

  private synchronized Answer route(String method, String path, Map<String, String> form) {
    if (behaviour == Behaviour.FAIL && method.equals("POST")) {
      return error(500, "api_error", null, "Something went wrong on Stripe's end");
    }
    String[] parts = path.split("/");
    if (path.equals("/v1/refunds")) {
      return method.equals("POST") ? createRefund(form) : listRefunds(form);
    }
    if (path.equals("/v1/checkout/sessions") && method.equals("POST")) {
      return createSession(form);
    }
    if (path.equals("/v1/payment_intents") && method.equals("POST")) {
      return createIntent(form);
    }
    if (parts.length >= 4 && parts[2].equals("payment_intents")) {
      Map<String, Object> intent = intents.get(parts[3]);
      if (intent == null) {
        return error(404, "invalid_request_error", "resource_missing", "No such payment_intent");
      }
      if (parts.length == 4 && method.equals("GET")) {
        return new Answer(200, json(intent).toString());
      }
      if (parts.length == 5 && method.equals("POST")) {
        return switch (parts[4]) {
          case "capture" -> capture(intent, form);
          case "cancel" -> cancel(intent);
          default -> error(404, "invalid_request_error", null, "Unrecognized request URL");
        };
      }
    }
    return error(404, "invalid_request_error", null, "Unrecognized request URL");
  }

  private Answer createRefund(Map<String, String> form) {
    Map<String, Object> intent = intents.get(form.getOrDefault("payment_intent", ""));
    if (intent == null) {
      return error(400, "invalid_request_error", "resource_missing", "No such payment_intent");
    }
    long amount;
    try {
      amount = Long.parseLong(form.getOrDefault("amount", intent.get("amount").toString()));
    } catch (NumberFormatException e) {
      return error(400, "invalid_request_error", "parameter_invalid_integer", "Invalid integer");
    }
    long refunded =
        refunds().stream()
            .filter(r -> r.get("payment_intent").equals(intent.get("id")))
            .filter(r -> !r.get("status").equals("failed"))
            .mapToLong(r -> (Long) r.get("amount"))
            .sum();
    if (amount <= 0 || refunded + amount > (Long) intent.get("amount")) {
      return error(
          400,
          "invalid_request_error",
          "amount_too_large",
          "Refund amount is greater than the unrefunded amount of the charge");
    }
    Map<String, Object> refund = new LinkedHashMap<>();
    refund.put("id", "re_" + ids.incrementAndGet());
    refund.put("object", "refund");
    refund.put("amount", amount);
    refund.put("currency", intent.get("currency"));
    refund.put("payment_intent", intent.get("id"));
    refund.put("reason", form.get("reason"));
    boolean declined = behaviour == Behaviour.DECLINE;
    refund.put("status", declined ? "failed" : "succeeded");
    refund.put("failure_reason", declined ? "declined" : null);
    refund.put("metadata", metadata(form, "metadata"));
    refunds.add(refund);
    return new Answer(200, json(refund).toString());
  }

  private Answer listRefunds(Map<String, String> form) {
    String intent = form.get("payment_intent");
    int limit = Integer.parseInt(form.getOrDefault("limit", "10"));
    List<Map<String, Object>> matching =
        new ArrayList<>(
            refunds().stream()
                .filter(r -> intent == null || intent.equals(r.get("payment_intent")))
                .toList());
    Collections.reverse(matching);
    String after = form.get("starting_after");
    if (after != null) {
      int at = 0;
      while (at < matching.size() && !matching.get(at).get("id").equals(after)) {
        at++;
      }
      matching = matching.subList(Math.min(at + 1, matching.size()), matching.size());
    }
    JsonArrayBuilder data = Json.createArrayBuilder();
    matching.stream().limit(limit).forEach(r -> data.add(json(r)));
    return new Answer(
        200,
        Json.createObjectBuilder()
            .add("object", "list")
            .add("url", "/v1/refunds")
            .add("has_more", matching.size() > limit)
            .add("data", data)
            .build()
            .toString());
  }

  private Answer createSession(Map<String, String> form) {
    String currency = form.get("line_items[0][price_data][currency]");
    String unitAmount = form.get("line_items[0][price_data][unit_amount]");
    if (!"payment".equals(form.get("mode"))
        || currency == null
        || unitAmount == null
        || form.get("success_url") == null) {
      return error(400, "invalid_request_error", "parameter_missing", "Missing required param");
    }
    String id = "cs_test_" + ids.incrementAndGet();
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("id", id);
    session.put("object", "checkout.session");
    session.put("mode", "payment");
    session.put("amount_total", Long.parseLong(unitAmount));
    session.put("currency", currency);
    session.put("payment_status", "unpaid");
    session.put("client_reference_id", form.get("client_reference_id"));
    session.put("url", "https://checkout.stripe.com/c/pay/" + id);
    session.put("metadata", metadata(form, "metadata"));
    return new Answer(200, json(session).toString());
  }

  private Answer createIntent(Map<String, String> form) {
    if (behaviour == Behaviour.DECLINE) {
      return error(402, "card_error", "card_declined", "Your card was declined.");
    }
    String id = "pi_hold_" + ids.incrementAndGet();
    long amount = Long.parseLong(form.get("amount"));
    boolean manual = "manual".equals(form.get("capture_method"));
    Map<String, Object> intent = new LinkedHashMap<>();
    intent.put("id", id);
    intent.put("object", "payment_intent");
    intent.put("amount", amount);
    intent.put("amount_capturable", manual ? amount : 0L);
    intent.put("amount_received", manual ? 0L : amount);
    intent.put("currency", form.get("currency"));
    intent.put("capture_method", manual ? "manual" : "automatic");
    intent.put("status", manual ? "requires_capture" : "succeeded");
    intent.put("payment_method", form.get("payment_method"));
    intent.put("customer", form.get("customer"));
    intent.put("metadata", metadata(form, "metadata"));
    intents.put(id, intent);
    return new Answer(200, json(intent).toString());
  }

  private Answer capture(Map<String, Object> intent, Map<String, String> form) {
    if (!"requires_capture".equals(intent.get("status"))) {
      return unexpectedState(intent);
    }
    long amount =
        Long.parseLong(form.getOrDefault("amount_to_capture", intent.get("amount").toString()));
    intent.put("status", "succeeded");
    intent.put("amount_received", amount);
    intent.put("amount_capturable", 0L);
    return new Answer(200, json(intent).toString());
  }

  private Answer cancel(Map<String, Object> intent) {
    if (!"requires_capture".equals(intent.get("status"))) {
      return unexpectedState(intent);
    }
    intent.put("status", "canceled");
    intent.put("amount_capturable", 0L);
    return new Answer(200, json(intent).toString());
  }

  private static Answer unexpectedState(Map<String, Object> intent) {
    return error(
        400,
        "invalid_request_error",
        "payment_intent_unexpected_state",
        "This PaymentIntent's status is " + intent.get("status"));
  }

  private static Map<String, Object> metadata(Map<String, String> form, String prefix) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    form.forEach(
        (name, value) -> {
          if (name.startsWith(prefix + "[") && name.endsWith("]")) {
            metadata.put(name.substring(prefix.length() + 1, name.length() - 1), value);
          }
        });
    return metadata;
  }

  @SuppressWarnings("unchecked")
  private static JsonObject json(Map<String, Object> fields) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    fields.forEach(
        (name, value) -> {
          if (value == null) {
            object.addNull(name);
          } else if (value instanceof Long number) {
            object.add(name, number);
          } else if (value instanceof Map<?, ?> map) {
            object.add(name, json((Map<String, Object>) map));
          } else {
            object.add(name, value.toString());
          }
        });
    return object.build();
  }

  private static Answer error(int status, String type, String code, String message) {
    JsonObjectBuilder error = Json.createObjectBuilder().add("type", type).add("message", message);
    if (code != null) {
      error.add("code", code);
    }
    return new Answer(status, Json.createObjectBuilder().add("error", error).build().toString());
  }

  private static Map<String, String> parse(String encoded) {
    Map<String, String> form = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return form;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }

  private static void send(HttpExchange exchange, Answer answer) {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Request-Id", "req_" + System.nanoTime());
    try {
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      // The client gave up waiting (a SLOW answer): what it would have read is lost, as on the
      // wire.
    }
  }
}
