package org.returnport.logistics.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A return parcel as its papers describe it: who sends it where with which carrier, and for customs
 * what is inside, where it was made and what it is worth.
 */
public record Shipment(
    String storeName,
    String rma,
    String orderNumber,
    Party from,
    Party to,
    String carrier,
    Instant shipBy,
    String currency,
    List<Item> items) {

  public Shipment {
    items = List.copyOf(items);
  }

  public boolean crossesBorder() {
    return !from.country().equals(to.country());
  }

  public BigDecimal totalValue() {
    return items.stream().map(Item::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public int totalGrams() {
    return items.stream().mapToInt(item -> item.gramsEach() * item.quantity()).sum();
  }

  /** A sender or an addressee. */
  public record Party(String name, String address, String country) {}

  /** One kind of goods in the parcel; the value is for all of them together. */
  public record Item(
      String sku,
      String description,
      int quantity,
      String hsCode,
      String originCountry,
      int gramsEach,
      BigDecimal value,
      String reason) {}
}
