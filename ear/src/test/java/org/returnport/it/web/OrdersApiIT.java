package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;

/**
 * Products and orders from a store's shop system: idempotent by SKU and order number, refused with
 * a problem when they cannot be, and never visible to another store.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OrdersApiIT {

  static final String ORDER =
      """
      {"number": "%s", "email": "Emma@Example.com", "shopperName": "Emma Schmidt",
       "shipCountry": "DE", "shipAddress": "Hauptstraße 5, 10115 Berlin", "currency": "EUR",
       "dutiesPaid": "0", "paymentMethod": "card", "placedAt": "2026-11-01T10:00:00Z",
       "shippedAt": "2026-11-02T10:00:00Z", "deliveredAt": "2026-11-04T10:00:00Z",
       "lines": [{"sku": "TEE-M", "name": "Tee, M", "quantity": %d, "unitPrice": "29.00",
                  "tax": "5.51", "discount": "0"}]}
      """;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @Test
  void anOrderSentTwiceIsRecordedOnceAndAChangedOneIsUpdated() throws Exception {
    StoreApi store = StoreApi.newStore("Order Shop");
    String number = "OS-" + System.nanoTime();

    HttpResponse<String> first = store.post("/api/v1/orders", ORDER.formatted(number, 1));
    HttpResponse<String> again = store.post("/api/v1/orders", ORDER.formatted(number, 1));
    HttpResponse<String> changed = store.post("/api/v1/orders", ORDER.formatted(number, 2));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(StoreApi.json(first).getString("outcome")).isEqualTo("CREATED");
    assertThat(StoreApi.json(again).getString("outcome")).isEqualTo("UNCHANGED");
    assertThat(StoreApi.json(changed).getString("outcome")).isEqualTo("UPDATED");
    JsonObject stored = StoreApi.json(store.get("/api/v1/orders/" + number));
    assertThat(stored.getString("email")).isEqualTo("emma@example.com");
    assertThat(stored.getJsonArray("lines").getJsonObject(0).getInt("quantity")).isEqualTo(2);
  }

  @Test
  void badOrdersAreRefusedWithTheFieldAndChangeNothing() throws Exception {
    StoreApi store = StoreApi.newStore("Strict Shop");
    String number = "SS-" + System.nanoTime();

    HttpResponse<String> noItems = store.post("/api/v1/orders", ORDER.formatted(number, 0));
    HttpResponse<String> badDates =
        store.post(
            "/api/v1/orders",
            ORDER.formatted(number, 1).replace("2026-11-04T10:00:00Z", "2026-10-01T10:00:00Z"));
    HttpResponse<String> notJson = store.post("/api/v1/orders", "{\"number\": ");

    assertThat(noItems.statusCode()).isEqualTo(400);
    assertThat(StoreApi.json(noItems).getString("code")).isEqualTo("invalid");
    assertThat(badDates.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(badDates).getString("field")).isEqualTo("deliveredAt");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(store.get("/api/v1/orders/" + number).statusCode()).isEqualTo(404);
  }

  @Test
  void oneStoresOrdersAndProductsAreNotFoundForAnother() throws Exception {
    StoreApi mine = StoreApi.newStore("Mine Shop");
    StoreApi theirs = StoreApi.newStore("Their Shop");
    String number = "MS-" + System.nanoTime();
    mine.post("/api/v1/orders", ORDER.formatted(number, 1));
    HttpResponse<String> product =
        mine.put(
            "/api/v1/products/TEE-M",
            """
            {"nameEn": "Tee, M", "nameZh": "T恤 M", "category": "apparel", "price": "29.00",
             "currency": "EUR", "weightGrams": 180, "hsCode": "610910", "originCountry": "PT",
             "finalSale": false}
            """);
    assertThat(product.statusCode()).isEqualTo(201);

    assertThat(theirs.get("/api/v1/orders/" + number).statusCode()).isEqualTo(404);
    assertThat(theirs.get("/api/v1/products/TEE-M").statusCode()).isEqualTo(404);
    assertThat(mine.get("/api/v1/products/TEE-M").statusCode()).isEqualTo(200);
    assertThat(StoreApi.json(theirs.get("/api/v1/products")).getInt("total")).isZero();
  }
}
