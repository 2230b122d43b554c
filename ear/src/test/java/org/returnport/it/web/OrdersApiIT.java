package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
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

  static final HttpClient HTTP = HttpClient.newHttpClient();

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
    String key = ApiKeysForTests.keyOfNewStore("Order Shop");
    String number = "OS-" + System.nanoTime();

    HttpResponse<String> first = post("/api/v1/orders", key, ORDER.formatted(number, 1));
    HttpResponse<String> again = post("/api/v1/orders", key, ORDER.formatted(number, 1));
    HttpResponse<String> changed = post("/api/v1/orders", key, ORDER.formatted(number, 2));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(json(first).getString("outcome")).isEqualTo("CREATED");
    assertThat(json(again).getString("outcome")).isEqualTo("UNCHANGED");
    assertThat(json(changed).getString("outcome")).isEqualTo("UPDATED");
    JsonObject stored = json(get("/api/v1/orders/" + number, key));
    assertThat(stored.getString("email")).isEqualTo("emma@example.com");
    assertThat(stored.getJsonArray("lines").getJsonObject(0).getInt("quantity")).isEqualTo(2);
  }

  @Test
  void badOrdersAreRefusedWithTheFieldAndChangeNothing() throws Exception {
    String key = ApiKeysForTests.keyOfNewStore("Strict Shop");
    String number = "SS-" + System.nanoTime();

    HttpResponse<String> noItems = post("/api/v1/orders", key, ORDER.formatted(number, 0));
    HttpResponse<String> badDates =
        post(
            "/api/v1/orders",
            key,
            ORDER.formatted(number, 1).replace("2026-11-04T10:00:00Z", "2026-10-01T10:00:00Z"));
    HttpResponse<String> notJson = post("/api/v1/orders", key, "{\"number\": ");

    assertThat(noItems.statusCode()).isEqualTo(400);
    assertThat(json(noItems).getString("code")).isEqualTo("invalid");
    assertThat(badDates.statusCode()).isEqualTo(422);
    assertThat(json(badDates).getString("field")).isEqualTo("deliveredAt");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/orders/" + number, key).statusCode()).isEqualTo(404);
  }

  @Test
  void oneStoresOrdersAndProductsAreNotFoundForAnother() throws Exception {
    String mine = ApiKeysForTests.keyOfNewStore("Mine Shop");
    String theirs = ApiKeysForTests.keyOfNewStore("Their Shop");
    String number = "MS-" + System.nanoTime();
    post("/api/v1/orders", mine, ORDER.formatted(number, 1));
    HttpResponse<String> product =
        put(
            "/api/v1/products/TEE-M",
            mine,
            """
            {"nameEn": "Tee, M", "nameZh": "T恤 M", "category": "apparel", "price": "29.00",
             "currency": "EUR", "weightGrams": 180, "hsCode": "610910", "originCountry": "PT",
             "finalSale": false}
            """);
    assertThat(product.statusCode()).isEqualTo(201);

    assertThat(get("/api/v1/orders/" + number, theirs).statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/products/TEE-M", theirs).statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/products/TEE-M", mine).statusCode()).isEqualTo(200);
    assertThat(json(get("/api/v1/products", theirs)).getInt("total")).isZero();
  }

  private static HttpResponse<String> post(String path, String key, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(WebSession.BASE.resolve(path))
            .header("X-Api-Key", key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> put(String path, String key, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(WebSession.BASE.resolve(path))
            .header("X-Api-Key", key)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> get(String path, String key) throws Exception {
    return send(
        HttpRequest.newBuilder(WebSession.BASE.resolve(path)).header("X-Api-Key", key).GET());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** A new store and an API key of it, made through the console as its admin would. */
  static final class ApiKeysForTests {
    static String keyOfNewStore(String name) {
      NewMerchant merchant = NewMerchant.unique(name);
      WebSession admin = new WebSession();
      merchant.signUp(admin);
      admin.signIn(merchant.email(), merchant.password());
      WebSession.Page created =
          admin.submit(
              admin.get("/console/api-keys.xhtml"), "create", Map.of("label", "sync"), "submit");
      return created.document().getElementById("keyText").text();
    }
  }
}
