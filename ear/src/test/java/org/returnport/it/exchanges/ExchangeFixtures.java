package org.returnport.it.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.returnport.it.web.StoreApi;

/** Products with stock, exchange returns and what the API says about them. */
final class ExchangeFixtures {

  static final String PRODUCT =
      """
      {"nameEn": "%s", "nameZh": "%s", "category": "apparel", "price": {"amount": "%s", "currency": "EUR"},
       "weightGrams": 300, "hsCode": "610910", "originCountry": "PT", "finalSale": false,
       "variantOf": "TEE", "stock": %s}
      """;

  private ExchangeFixtures() {}

  /** A variant of the tee at a price, with a stock count ({@code null}: not tracked). */
  static void variant(StoreApi store, String sku, String price, Integer stock) {
    HttpResponse<String> response =
        store.put("/api/v1/products/" + sku, PRODUCT.formatted(sku, sku, price, stock));
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
  }

  static JsonObject stock(StoreApi store, String sku) {
    HttpResponse<String> response = store.get("/api/v1/products/" + sku + "/stock");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  static HttpResponse<String> putStock(StoreApi store, String sku, String body) {
    return store.put("/api/v1/products/" + sku + "/stock", body, "Accept-Language", "zh-CN");
  }

  /** Files a return of one tee of the order for {@code exchangeSku}; answers the API's answer. */
  static HttpResponse<String> exchange(
      StoreApi store, String number, String email, String exchangeSku) {
    String body =
        """
        {"orderNumber": "%s", "email": "%s", "resolution": "EXCHANGE", "language": "en",
         "items": [{"lineNo": 1, "quantity": 1, "reason": "too-small", "condition": "unused",
                    "exchangeSku": "%s"}]}
        """
            .formatted(number, email, exchangeSku);
    return store.post("/api/v1/returns", body, "Idempotency-Key", UUID.randomUUID().toString());
  }

  static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return StoreApi.json(response).getString("rma");
  }

  static JsonObject view(StoreApi store, String rma) {
    HttpResponse<String> response = store.get("/api/v1/returns/" + rma);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  static List<String> kinds(JsonObject view) {
    return view.getJsonArray("events").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("kind"))
        .toList();
  }
}
