package org.returnport.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;

class OrderDataTest {

  static final Instant PLACED = Instant.parse("2026-11-01T10:00:00Z");

  @Property
  void whatALinePaidIsNeverNegativeAndAddsUp(
      @ForAll @IntRange(min = 1, max = 50) int quantity,
      @ForAll @BigRange(min = "0", max = "10000") BigDecimal unitPrice,
      @ForAll @BigRange(min = "0", max = "2000") BigDecimal tax,
      @ForAll @BigRange(min = "0", max = "1") BigDecimal discountShare) {
    BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(quantity)).add(tax);
    BigDecimal discount = gross.multiply(discountShare).setScale(4, java.math.RoundingMode.DOWN);
    OrderData.Line line = new OrderData.Line("SKU", "Item", quantity, unitPrice, tax, discount);

    Money paid = line.paid("EUR");

    assertThat(paid.isNegative()).isFalse();
    assertThat(paid.amount())
        .isEqualByComparingTo(
            line.unitPrice()
                .multiply(BigDecimal.valueOf(quantity))
                .add(line.tax())
                .subtract(line.discount()));
  }

  @Test
  void theSameOrderHasTheSameFingerprintAndAnyChangeChangesIt() {
    OrderData order = order("2.00", PLACED.plusSeconds(3600));
    assertThat(order("2.00", PLACED.plusSeconds(3600)).fingerprint())
        .isEqualTo(order.fingerprint());
    assertThat(order("2.0000", PLACED.plusSeconds(3600)).fingerprint())
        .as("the same amount written differently")
        .isEqualTo(order.fingerprint());
    assertThat(order("2.01", PLACED.plusSeconds(3600)).fingerprint())
        .isNotEqualTo(order.fingerprint());
    assertThat(order("2.00", PLACED.plusSeconds(7200)).fingerprint())
        .isNotEqualTo(order.fingerprint());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "discount above the line, 1, 10.00, 0.00, 10.01, discount",
    "no items, 0, 10.00, 0.00, 0.00, quantity",
    "negative price, 1, -1.00, 0.00, 0.00, unitPrice"
  })
  void refusesLinesThatCannotBe(
      String why, int quantity, String price, String tax, String discount, String field) {
    assertThatThrownBy(
            () ->
                new OrderData.Line(
                    "SKU",
                    "Item",
                    quantity,
                    new BigDecimal(price),
                    new BigDecimal(tax),
                    new BigDecimal(discount)))
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void refusesDeliveryBeforeShippingAndUnknownCurrencies() {
    assertThatThrownBy(
            () ->
                new OrderData(
                    "1",
                    "a@b.example",
                    "A",
                    "DE",
                    "Street 1",
                    "EUR",
                    BigDecimal.ZERO,
                    "card",
                    PLACED,
                    PLACED.plusSeconds(100),
                    PLACED.plusSeconds(50),
                    lines()))
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.field()).isEqualTo("deliveredAt"));
    assertThatThrownBy(
            () ->
                new OrderData(
                    "1",
                    "a@b.example",
                    "A",
                    "DE",
                    "Street 1",
                    "XYZ",
                    BigDecimal.ZERO,
                    "card",
                    PLACED,
                    null,
                    null,
                    lines()))
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.field()).isEqualTo("currency"));
  }

  private static OrderData order(String tax, Instant shipped) {
    return new OrderData(
        "DO-1",
        "a@b.example",
        "A",
        "DE",
        "Street 1",
        "EUR",
        BigDecimal.ZERO,
        "card",
        PLACED,
        shipped,
        null,
        List.of(
            new OrderData.Line(
                "SKU", "Item", 2, new BigDecimal("10"), new BigDecimal(tax), BigDecimal.ZERO)));
  }

  private static List<OrderData.Line> lines() {
    return List.of(
        new OrderData.Line("SKU", "Item", 1, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO));
  }
}
