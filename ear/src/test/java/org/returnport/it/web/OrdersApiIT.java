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
       "dutiesPaid": {"amount": "0", "currency": "EUR"}, "paymentMethod": "card", "placedAt": "2026-11-01T10:00:00Z",
       "shippedAt": "2026-11-02T10:00:00Z", "deliveredAt": "2026-11-04T10:00:00Z",
       "lines": [{"sku": "TEE-M", "name": "Tee, M", "quantity": %d, "unitPrice": {"amount": "29.00", "currency": "EUR"},
                  "tax": {"amount": "5.51", "currency": "EUR"},
                  "discount": {"amount": "0", "currency": "EUR"}}]}
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
            {"nameEn": "Tee, M", "nameZh": "T恤 M", "category": "apparel", "price": {"amount": "29.00", "currency": "EUR"}, "weightGrams": 180, "hsCode": "610910", "originCountry": "PT",
             "finalSale": false}
            """);
    assertThat(product.statusCode()).isEqualTo(201);

    assertThat(theirs.get("/api/v1/orders/" + number).statusCode()).isEqualTo(404);
    assertThat(theirs.get("/api/v1/products/TEE-M").statusCode()).isEqualTo(404);
    assertThat(mine.get("/api/v1/products/TEE-M").statusCode()).isEqualTo(200);
    assertThat(StoreApi.json(theirs.get("/api/v1/products")).getInt("total")).isZero();
  }

  @Test
  void amountsAreDecimalStringsWithTheirCurrencyBothWays() throws Exception {
    StoreApi store = StoreApi.newStore("Money Shop");
    String number = "MO-" + System.nanoTime();

    HttpResponse<String> product =
        store.put(
            "/api/v1/products/CUP",
            """
            {"nameEn": "Cup", "category": "home", "price": {"amount": "43.5", "currency": "EUR"},
             "weightGrams": 300, "finalSale": false}
            """);
    store.post("/api/v1/orders", ORDER.formatted(number, 1));
    HttpResponse<String> order = store.get("/api/v1/orders/" + number);
    HttpResponse<String> number43 =
        store.put(
            "/api/v1/products/CUP",
            """
            {"nameEn": "Cup", "category": "home", "price": {"amount": 43.5, "currency": "EUR"}}
            """,
            "Accept-Language",
            "zh-CN");
    HttpResponse<String> badCurrency =
        store.put(
            "/api/v1/products/CUP",
            """
            {"nameEn": "Cup", "category": "home", "price": {"amount": "43.50", "currency": "EURO"}}
            """);
    HttpResponse<String> otherCurrency =
        store.post(
            "/api/v1/orders",
            ORDER
                .formatted("MX-" + System.nanoTime(), 1)
                .replace(
                    "\"tax\": {\"amount\": \"5.51\", \"currency\": \"EUR\"}",
                    "\"tax\": {\"amount\": \"5.51\", \"currency\": \"USD\"}"));

    assertThat(product.statusCode()).isEqualTo(201);
    JsonObject price = StoreApi.json(store.get("/api/v1/products/CUP")).getJsonObject("price");
    assertThat(price.getString("amount")).isEqualTo("43.50");
    assertThat(price.getString("currency")).isEqualTo("EUR");
    assertThat(price.keySet()).containsExactlyInAnyOrder("amount", "currency");
    JsonObject line = StoreApi.json(order).getJsonArray("lines").getJsonObject(0);
    assertThat(line.getJsonObject("unitPrice").getString("amount")).isEqualTo("29.00");
    assertThat(line.getJsonObject("tax").getString("amount")).isEqualTo("5.51");
    assertThat(StoreApi.json(order).getJsonObject("dutiesPaid").getString("amount"))
        .isEqualTo("0.00");
    assertThat(number43.statusCode()).isEqualTo(400);
    assertThat(number43.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(StoreApi.json(number43).getString("title")).contains("43.5").contains("金额");
    assertThat(badCurrency.statusCode()).isEqualTo(400);
    assertThat(StoreApi.json(badCurrency).getString("title")).contains("EURO").contains("ISO 4217");
    assertThat(otherCurrency.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(otherCurrency).getString("field")).isEqualTo("tax");
    assertThat(
            StoreApi.json(store.get("/api/v1/products/CUP"))
                .getJsonObject("price")
                .getString("amount"))
        .as("a refused change changes nothing")
        .isEqualTo("43.50");
  }
}
