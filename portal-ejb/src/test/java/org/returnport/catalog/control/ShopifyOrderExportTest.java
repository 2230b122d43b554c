package org.returnport.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.returnport.catalog.entity.OrderData;
import org.returnport.errors.RejectedException;

class ShopifyOrderExportTest {

  @Test
  void readsShopifysExportAsItComes() throws IOException {
    List<ShopifyOrderExport.Group> groups = read(sample());

    assertThat(groups)
        .extracting(ShopifyOrderExport.Group::number)
        .containsExactly("1001", "1002", "1003", "1004");
    OrderData first = groups.get(0).order();
    assertThat(first.email()).isEqualTo("emma.schmidt@example.com");
    assertThat(first.shipCountry()).isEqualTo("DE");
    assertThat(first.shipAddress()).isEqualTo("Hauptstraße 5, 10115 Berlin");
    assertThat(first.placedAt()).isEqualTo(Instant.parse("2026-11-10T08:11:47Z"));
    assertThat(first.shippedAt()).isEqualTo(Instant.parse("2026-11-11T14:40:00Z"));
    assertThat(first.lines())
        .extracting(OrderData.Line::sku)
        .containsExactly("DO-TEE-BLK-M", "DO-JKT-NVY-M");
    assertThat(first.lines().get(1).name()).isEqualTo("Waxed jacket, \"Northfield\" - Navy / M");
    assertThat(
            first.lines().stream()
                .map(OrderData.Line::tax)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("the order's taxes, split over its lines")
        .isEqualByComparingTo("22.42");
    assertThat(
            first.lines().stream()
                .map(OrderData.Line::discount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("10.00");
    OrderData chinese = groups.get(1).order();
    assertThat(chinese.shopperName()).isEqualTo("李伟");
    assertThat(chinese.currency()).isEqualTo("CNY");
    assertThat(chinese.dutiesPaid()).isEqualByComparingTo("45.50");
    assertThat(chinese.lines().get(0).discount()).isEqualByComparingTo("20.00");
  }

  @Test
  void anOrderWithABadRowIsRefusedWholeWithItsRowsAndColumn() throws IOException {
    ShopifyOrderExport.Group refused = read(sample()).get(2);

    assertThat(refused.order()).isNull();
    assertThat(refused.firstRow()).isEqualTo(5);
    assertThat(refused.lastRow()).isEqualTo(6);
    assertThat(refused.problem().field()).isEqualTo("Lineitem quantity");
    assertThat(refused.problem().messageKey()).isEqualTo("returnport.import.number");
  }

  @Test
  void refusesAFileThatIsNotAShopifyExportNamingWhatIsMissing() {
    assertThatThrownBy(() -> new ShopifyOrderExport(new StringReader("Order,Mail\n1,a@b.c\n")))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("returnport.import.notShopify");
              assertThat(e.arguments().get(0).toString()).contains("Lineitem sku");
            });
  }

  @Test
  void anOrderWhoseRowsAreSplitOverTheFileIsRefusedTheSecondTime() throws IOException {
    String header = String.join(",", ShopifyOrderExport.REQUIRED) + "\n";
    String row = "#7,a@example.com,EUR,2026-11-01 10:00:00 +0000,1,Tee,10.00,T-1,DE\n";
    String other = "#8,b@example.com,EUR,2026-11-01 10:00:00 +0000,1,Tee,10.00,T-1,DE\n";

    List<ShopifyOrderExport.Group> groups = read(header + row + other + row);

    assertThat(groups.get(0).order()).isNotNull();
    assertThat(groups.get(2).problem().messageKey()).isEqualTo("returnport.import.split");
  }

  @Property
  void sharesOfAnAmountAddUpToItExactlyAndAreNeverNegative(
      @ForAll @BigRange(min = "0", max = "100000") BigDecimal amount,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 5000) Integer> prices) {
    BigDecimal total = amount.setScale(2, java.math.RoundingMode.DOWN);
    List<ShopifyOrderExport.Line> lines = new ArrayList<>();
    prices.forEach(
        price ->
            lines.add(
                new ShopifyOrderExport.Line(
                    "S", "N", 1, BigDecimal.valueOf(price), java.util.Optional.empty())));

    List<BigDecimal> shares = ShopifyOrderExport.shares(total, lines);

    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(total);
    assertThat(shares).allMatch(share -> share.signum() >= 0);
  }

  @Test
  void anOrderWithMoreRowsThanTheCapIsRefusedWholeAndTheNextIsRead() throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "Name,Email,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
                + "Lineitem sku,Shipping Country\n");
    for (int i = 0; i < 4; i++) {
      csv.append("#2001,big@example.com,EUR,2026-03-05 14:02:11 +0100,1,Tee,10.00,T-")
          .append(i)
          .append(",DE\n");
    }
    csv.append("#2002,small@example.com,EUR,2026-03-05 14:02:11 +0100,1,Tee,10.00,T-1,DE\n");
    List<ShopifyOrderExport.Group> groups = new ArrayList<>();
    try (Reader reader = new StringReader(csv.toString());
        ShopifyOrderExport export = new ShopifyOrderExport(reader, 3)) {
      for (var group = export.next(); group.isPresent(); group = export.next()) {
        groups.add(group.get());
      }
    }

    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).order()).isNull();
    assertThat(groups.get(0).firstRow()).isEqualTo(2);
    assertThat(groups.get(0).lastRow()).isEqualTo(5);
    assertThat(groups.get(0).problem().messageKey()).isEqualTo("returnport.import.tooManyRows");
    assertThat(groups.get(0).problem().arguments()).containsExactly(3);
    assertThat(groups.get(1).order().lines()).hasSize(1);
  }

  private static String sample() throws IOException {
    try (var in = ShopifyOrderExportTest.class.getResourceAsStream("/shopify/orders_export.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<ShopifyOrderExport.Group> read(String csv) throws IOException {
    List<ShopifyOrderExport.Group> groups = new ArrayList<>();
    try (Reader reader = new StringReader(csv);
        ShopifyOrderExport export = new ShopifyOrderExport(reader)) {
      for (var group = export.next(); group.isPresent(); group = export.next()) {
        groups.add(group.get());
      }
    }
    return groups;
  }
}
