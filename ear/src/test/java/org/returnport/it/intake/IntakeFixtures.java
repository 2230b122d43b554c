package org.returnport.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.StoreApi;

/**
 * A store with an approved return waiting for the hub: the policy, products and an order of {@link
 * ReturnsFixtures}, and a return of both tees of the order (line 1, two units).
 */
public final class IntakeFixtures {

  private IntakeFixtures() {}

  /** A new store with its policy and products. */
  public static StoreApi store(String name) {
    StoreApi store = StoreApi.newStore(name);
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
    return store;
  }

  /** An approved return of the two tees of a new order; answers its RMA. */
  public static String approvedReturn(StoreApi store, String email) {
    return approvedReturn(store, email, null);
  }

  /**
   * The same, for an order paid under the given payment reference: words in it steer the sandbox
   * gateway (e.g. {@code decline}) when the return's money goes back.
   */
  public static String approvedReturn(StoreApi store, String email, String paymentReference) {
    String orderNumber = "IN-" + System.nanoTime();
    String order = ReturnsFixtures.orderJson(orderNumber, email, "FR", 3, "30.00");
    if (paymentReference != null) {
      order =
          order.replace(
              "\"paymentMethod\": \"card\",",
              "\"paymentMethod\": \"card\", \"paymentReference\": \"" + paymentReference + "\",");
    }
    var recorded = store.post("/api/v1/orders", order);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    var created =
        store.post(
            "/api/v1/returns",
            """
            {"orderNumber": "%s", "email": "%s", "resolution": "REFUND", "language": "en",
             "items": [{"lineNo": 1, "quantity": 2, "reason": "too-small", "condition": "unused"}]}
            """
                .formatted(orderNumber, email),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(StoreApi.json(created).getString("status")).isEqualTo("APPROVED");
    return StoreApi.json(created).getString("rma");
  }

  /** The return as the store's API shows it. */
  public static jakarta.json.JsonObject returnOf(StoreApi store, String rma) {
    var response = store.get("/api/v1/returns/" + rma);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  /** How many events of the type the store logged for the return. */
  public static long events(StoreApi store, String type, String rma) {
    var response = store.get("/api/v1/events?size=200&type=" + type);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response)
        .getJsonArray("items")
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .filter(event -> rma.equals(event.getJsonObject("data").getString("rma", "")))
        .count();
  }

  /** The data of the store's one event of the type for the return. */
  public static jakarta.json.JsonObject event(StoreApi store, String type, String rma) {
    var response = store.get("/api/v1/events?size=200&type=" + type);
    return StoreApi.json(response)
        .getJsonArray("items")
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .map(event -> event.getJsonObject("data"))
        .filter(data -> rma.equals(data.getString("rma", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " for " + rma));
  }
}
