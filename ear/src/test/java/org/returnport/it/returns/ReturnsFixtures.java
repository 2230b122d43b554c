package org.returnport.it.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.returnport.it.web.StoreApi;

/**
 * A store set up for returns through its API: a policy (EUR, 30 days, return shipping at a given
 * fee, auto-approval up to 500 EUR, hubs in Leipzig and Shanghai), three products (one final sale)
 * and orders.
 */
public final class ReturnsFixtures {

  static final String POLICY =
      """
      {"basedOn": %d, "rules": {
        "windowDays": 30, "shipWithinDays": 14, "reviewWithinHours": 48,
        "itemRules": [],
        "conditions": [
          {"code": "unused", "label": {"en": "Unused, with tags", "zh": "未使用，吊牌完好"}, "accepted": true},
          {"code": "used", "label": {"en": "Worn or used", "zh": "已穿着或使用过"}, "accepted": false}],
        "reasons": [
          {"code": "too-small", "label": {"en": "Too small", "zh": "尺码偏小"}, "photosRequired": false, "merchantFault": false},
          {"code": "wrong-item", "label": {"en": "Wrong item sent", "zh": "发错商品"}, "photosRequired": false, "merchantFault": true},
          {"code": "damaged", "label": {"en": "Arrived damaged", "zh": "收到时已损坏"}, "photosRequired": true, "merchantFault": true}],
        "resolutions": ["REFUND", "STORE_CREDIT", "EXCHANGE"],
        "storeCreditBonusPercent": 10,
        "shippingFees": [{"area": "*", "category": "*", "fee": {"amount": "%s", "currency": "EUR"}}],
        "restockingFees": [],
        "freeReturnsFrom": [],
        "keepIt": {"under": [], "reasons": []},
        "autoApproval": {"enabled": true, "maxOrderValue": [{"amount": "500", "currency": "EUR"}], "maxReturnsIn90Days": 5},
        "hubs": [
          {"code": "eu", "name": "Returns EU", "serves": ["EU", "*"], "country": "DE", "address": "Lagerstraße 12, 04103 Leipzig", "carrier": "DHL"},
          {"code": "cn", "name": "Returns China", "serves": ["CN"], "country": "CN", "address": "春东路88号, 上海", "carrier": "SF Express"}]
      }}
      """;

  static final String PRODUCT =
      """
      {"nameEn": "%s", "nameZh": "%s", "category": "apparel", "price": {"amount": "%s", "currency": "EUR"},
       "weightGrams": 300, "hsCode": "610910", "originCountry": "PT", "finalSale": %s,
       "variantOf": %s}
      """;

  static final String ORDER =
      """
      {"number": "%s", "email": "%s", "shopperName": "Noah Martin", "shipCountry": "%s",
       "shipAddress": "12 rue de la Paix, 75002 Paris", "currency": "EUR", "dutiesPaid": {"amount": "0", "currency": "EUR"},
       "paymentMethod": "card", "placedAt": "%s", "shippedAt": "%s", "deliveredAt": "%s",
       "lines": [
         {"sku": "TEE", "name": "Tee", "quantity": 2, "unitPrice": {"amount": "%s", "currency": "EUR"},
          "tax": {"amount": "0", "currency": "EUR"}, "discount": {"amount": "0", "currency": "EUR"}},
         {"sku": "SCARF", "name": "Scarf", "quantity": 1,
          "unitPrice": {"amount": "89.00", "currency": "EUR"},
          "tax": {"amount": "0", "currency": "EUR"}, "discount": {"amount": "0", "currency": "EUR"}}]}
      """;

  private ReturnsFixtures() {}

  /** Publishes the policy with the given return shipping fee; answers the new version. */
  public static int publishPolicy(StoreApi store, int basedOn, String fee) {
    var response = store.put("/api/v1/policy", POLICY.formatted(basedOn, fee));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return StoreApi.json(response).getInt("version");
  }

  /**
   * Publishes the policy with both hubs served by the given carrier (e.g. the sandbox carrier, to
   * have approved returns booked and tracked); answers the new version.
   */
  public static int publishPolicy(StoreApi store, int basedOn, String fee, String carrier) {
    String rules =
        POLICY
            .formatted(basedOn, fee)
            .replace("\"carrier\": \"DHL\"", "\"carrier\": \"" + carrier + "\"")
            .replace("\"carrier\": \"SF Express\"", "\"carrier\": \"" + carrier + "\"");
    var response = store.put("/api/v1/policy", rules);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return StoreApi.json(response).getInt("version");
  }

  /**
   * Publishes the policy with the given return shipping fee, as changed by {@code edit} (which gets
   * and answers the policy's JSON); answers the new version.
   */
  public static int publishPolicy(
      StoreApi store, int basedOn, String fee, java.util.function.UnaryOperator<String> edit) {
    var response = store.put("/api/v1/policy", edit.apply(POLICY.formatted(basedOn, fee)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return StoreApi.json(response).getInt("version");
  }

  /** A tee in two sizes (variants of product TEE) and a final-sale scarf. */
  public static void stock(StoreApi store) {
    product(store, "TEE", PRODUCT.formatted("Tee", "T恤", "30.00", false, "\"TEE\""));
    product(store, "TEE-L", PRODUCT.formatted("Tee, L", "T恤 L", "30.00", false, "\"TEE\""));
    product(store, "SCARF", PRODUCT.formatted("Scarf", "围巾", "89.00", true, "null"));
  }

  private static void product(StoreApi store, String sku, String json) {
    var response = store.put("/api/v1/products/" + sku, json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  /** An order of two tees at the given price and a final-sale scarf, delivered days ago. */
  public static void order(
      StoreApi store,
      String number,
      String email,
      String country,
      int deliveredDaysAgo,
      String teePrice) {
    var response =
        store.post("/api/v1/orders", orderJson(number, email, country, deliveredDaysAgo, teePrice));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  /** The API's JSON of the order {@link #order} records, to send it as it is or again. */
  public static String orderJson(
      String number, String email, String country, int deliveredDaysAgo, String teePrice) {
    Instant delivered = Instant.now().minus(Duration.ofDays(deliveredDaysAgo));
    return ORDER.formatted(
        number,
        email,
        country,
        delivered.minus(Duration.ofDays(3)),
        delivered.minus(Duration.ofDays(2)),
        delivered,
        teePrice);
  }

  public static String newReturn(String number, String email, String reason) {
    return """
        {"orderNumber": "%s", "email": "%s", "resolution": "REFUND", "language": "en",
         "items": [{"lineNo": 1, "quantity": 1, "reason": "%s", "condition": "unused"}]}
        """
        .formatted(number, email, reason);
  }
}
