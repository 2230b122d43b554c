package org.returnport.demo.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.returnport.catalog.entity.OrderData;
import org.returnport.catalog.entity.ProductData;
import org.returnport.money.Money;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.policy.entity.PolicyRules.TierBenefit;

/**
 * The demo store's sample goods and orders: a few SKUs of a European apparel brand, and orders
 * shipped to Germany, China and France, delivered recently enough to be returned.
 */
public final class DemoCatalog {

  private DemoCatalog() {}

  /** The sandbox carrier's code: the demo's parcels are booked with it and move on their own. */
  public static final String SANDBOX = "sandbox";

  /**
   * The suggested policy, with a hub in Germany for Europe and the rest, and one in Shanghai, both
   * served by the sandbox carrier, and benefits for the loyalty program's default tiers: Silver has
   * 7 more days; Gold ships free, has 15 more days, is refunded at the first carrier scan and gets
   * a 15 % store-credit bonus.
   */
  public static PolicyRules policy() {
    PolicyRules suggested = policyWithoutTiers();
    return new PolicyRules(
        suggested.windowDays(),
        suggested.shipWithinDays(),
        suggested.reviewWithinHours(),
        suggested.itemRules(),
        suggested.conditions(),
        suggested.reasons(),
        suggested.resolutions(),
        suggested.storeCreditBonusPercent(),
        suggested.shippingFees(),
        suggested.restockingFees(),
        suggested.freeReturnsFrom(),
        suggested.keepIt(),
        suggested.autoApproval(),
        suggested.hubs(),
        suggested.payouts(),
        List.of(
            new TierBenefit("silver", false, 7, false, null),
            new TierBenefit("gold", true, 15, true, BigDecimal.valueOf(15))));
  }

  private static PolicyRules policyWithoutTiers() {
    return SuggestedPolicy.rules(
        "EUR",
        List.of(
            new Hub(
                "eu",
                "Demo Outfitters Returns EU",
                List.of("EU", "*"),
                "DE",
                "Lagerstraße 12\n04103 Leipzig",
                SANDBOX),
            new Hub(
                "cn",
                "Demo Outfitters Returns China",
                List.of("CN", "HK", "MO"),
                "CN",
                "上海市闵行区莘庄工业区春东路88号\n201108",
                SANDBOX)));
  }

  public static List<ProductData> products() {
    return List.of(
        product(
            "DO-TEE-BLK-M",
            "Organic cotton tee, black, M",
            "有机棉T恤，黑色，M",
            "apparel",
            "29.00",
            180,
            "610910",
            "PT",
            "Lisboa Knit",
            false),
        product(
            "DO-TEE-BLK-L",
            "Organic cotton tee, black, L",
            "有机棉T恤，黑色，L",
            "apparel",
            "29.00",
            190,
            "610910",
            "PT",
            "Lisboa Knit",
            false),
        product(
            "DO-JKT-NVY-M",
            "Waxed jacket, navy, M",
            "上蜡夹克，藏青色，M",
            "outerwear",
            "189.00",
            1100,
            "620193",
            "GB",
            "Northfield Works",
            false),
        product(
            "DO-SCF-RED",
            "Cashmere scarf, red",
            "羊绒围巾，红色",
            "accessories",
            "89.00",
            150,
            "611710",
            "IT",
            "Biella Filati",
            true));
  }

  public static List<OrderData> orders(Instant now) {
    return List.of(
        order(
            "DO-1001",
            "emma.schmidt@example.com",
            "Emma Schmidt",
            "DE",
            "Hauptstraße 5, 10115 Berlin",
            "0.00",
            "card",
            now,
            12,
            10,
            7,
            line("DO-TEE-BLK-M", "Organic cotton tee, black, M", 1, "29.00", "5.51", "0.00"),
            line("DO-JKT-NVY-M", "Waxed jacket, navy, M", 1, "189.00", "35.91", "20.00")),
        order(
            "DO-1002",
            "li.wei@example.com",
            "李伟",
            "CN",
            "上海市浦东新区世纪大道100号 200120",
            "24.50",
            "alipay",
            now,
            25,
            22,
            15,
            line("DO-SCF-RED", "Cashmere scarf, red", 1, "89.00", "0.00", "0.00"),
            line("DO-TEE-BLK-L", "Organic cotton tee, black, L", 2, "29.00", "0.00", "5.80")),
        order(
            "DO-1003",
            "noah.martin@example.com",
            "Noah Martin",
            "FR",
            "12 rue de la Paix, 75002 Paris",
            "0.00",
            "paypal",
            now,
            4,
            2,
            -1,
            line("DO-TEE-BLK-L", "Organic cotton tee, black, L", 1, "29.00", "5.80", "0.00")));
  }

  /**
   * Orders whose returns the demo makes at its first start, so that their parcels are on their way
   * with the sandbox carrier and move while one watches. The magic words in the addresses choose
   * what happens to each parcel (see the README's sandbox carrier).
   */
  public static List<OrderData> parcelOrders(Instant now) {
    return List.of(
        order(
            "DO-1004",
            "anna.weber@example.com",
            "Anna Weber",
            "DE",
            "Karl-Liebknecht-Straße 9 (SANDBOX-ON-TIME), 04107 Leipzig",
            "0.00",
            "card",
            now,
            9,
            8,
            5,
            line("DO-TEE-BLK-M", "Organic cotton tee, black, M", 1, "29.00", "5.51", "0.00")),
        order(
            "DO-1005",
            "sophie.dubois@example.com",
            "Sophie Dubois",
            "FR",
            "8 quai Saint-Vincent (SANDBOX-DELAY-WEATHER), 69001 Lyon",
            "0.00",
            "card",
            now,
            10,
            9,
            6,
            line("DO-TEE-BLK-L", "Organic cotton tee, black, L", 1, "29.00", "5.80", "0.00")),
        order(
            "DO-1006",
            "oliver.smith@example.com",
            "Oliver Smith",
            "GB",
            "21 Deansgate (SANDBOX-DELAY-CUSTOMS), Manchester M3 1AZ",
            "7.20",
            "paypal",
            now,
            12,
            11,
            6,
            line("DO-TEE-BLK-M", "Organic cotton tee, black, M", 1, "29.00", "5.80", "0.00")),
        order(
            "DO-1007",
            "wang.fang@example.com",
            "王芳",
            "CN",
            "北京市朝阳区建国路88号 (SANDBOX-ON-TIME) 100022",
            "0.00",
            "alipay",
            now,
            14,
            12,
            7,
            line("DO-TEE-BLK-L", "Organic cotton tee, black, L", 1, "29.00", "0.00", "0.00")),
        order(
            "DO-1008",
            "luca.rossi@example.com",
            "Luca Rossi",
            "IT",
            "Via Roma 15 (SANDBOX-EXCEPTION), 10121 Torino",
            "0.00",
            "card",
            now,
            8,
            7,
            4,
            line("DO-TEE-BLK-M", "Organic cotton tee, black, M", 1, "29.00", "6.38", "0.00")));
  }

  /**
   * The submit key of the demo return of a parcel order: fixed, so that the same return is never
   * submitted twice, whatever happens between starts.
   */
  public static String returnKey(String orderNumber) {
    return java.util
        .UUID
        .nameUUIDFromBytes(
            ("demo-return-" + orderNumber).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }

  private static ProductData product(
      String sku,
      String en,
      String zh,
      String category,
      String price,
      int grams,
      String hs,
      String origin,
      String supplier,
      boolean finalSale) {
    return new ProductData(
        sku,
        en,
        zh,
        category,
        Money.of(price, "EUR"),
        grams,
        hs,
        origin,
        supplier,
        finalSale,
        null,
        sku.startsWith("DO-TEE-BLK-") ? "DO-TEE-BLK" : null);
  }

  private static OrderData order(
      String number,
      String email,
      String name,
      String country,
      String address,
      String duties,
      String payment,
      Instant now,
      int placedDaysAgo,
      int shippedDaysAgo,
      int deliveredDaysAgo,
      OrderData.Line... lines) {
    return new OrderData(
        number,
        email,
        name,
        country,
        address,
        "EUR",
        new BigDecimal(duties),
        payment,
        daysBefore(now, placedDaysAgo),
        daysBefore(now, shippedDaysAgo),
        deliveredDaysAgo < 0 ? null : daysBefore(now, deliveredDaysAgo),
        List.of(lines));
  }

  private static OrderData.Line line(
      String sku, String name, int quantity, String unitPrice, String tax, String discount) {
    return new OrderData.Line(
        sku,
        name,
        quantity,
        new BigDecimal(unitPrice),
        new BigDecimal(tax),
        new BigDecimal(discount));
  }

  private static Instant daysBefore(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }
}
