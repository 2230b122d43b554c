package org.returnport.catalog.entity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.values.EmailAddress;

/** An order as a store sends it; checked at the API, recorded by {@link CustomerOrder}. */
public record OrderData(
    String number,
    String email,
    String shopperName,
    String shipCountry,
    String shipAddress,
    String currency,
    BigDecimal dutiesPaid,
    String paymentMethod,
    Instant placedAt,
    Instant shippedAt,
    Instant deliveredAt,
    List<Line> lines,
    String paymentReference,
    Customs customs) {

  public static final int NUMBER_MAX = 64;
  public static final int SHOPPER_NAME_MAX = 120;
  public static final int SHIP_ADDRESS_MAX = 500;
  public static final int PAYMENT_METHOD_MAX = 40;
  public static final int PAYMENT_REFERENCE_MAX = 255;
  private static final java.util.Set<String> COUNTRIES =
      java.util.Set.of(java.util.Locale.getISOCountries());

  /** Present, and not longer than the column that keeps it. */
  static void requireText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new RejectedException(field, "returnport.order.required");
    }
    if (value.length() > max) {
      throw new RejectedException(field, "returnport.order.tooLong", max);
    }
  }

  public OrderData {
    requireText("number", number, NUMBER_MAX);
    if (email == null || email.length() > EmailAddress.MAX || !email.matches("[^@\\s]+@[^@\\s]+")) {
      throw new RejectedException("email", "returnport.order.email");
    }
    requireText("shopperName", shopperName, 120);
    if (shipCountry == null || !COUNTRIES.contains(shipCountry)) {
      throw new RejectedException("shipCountry", "returnport.order.country");
    }
    requireText("shipAddress", shipAddress, 500);
    requireText("paymentMethod", paymentMethod, 40);
    if (placedAt == null) {
      throw new RejectedException("placedAt", "returnport.order.required");
    }
    if (!Money.isCurrency(currency)) {
      throw new RejectedException("currency", "returnport.order.currency");
    }
    if (lines == null || lines.isEmpty()) {
      throw new RejectedException("lines", "returnport.order.noLines");
    }
    if (dutiesPaid.signum() < 0) {
      throw new RejectedException("dutiesPaid", "returnport.order.negative");
    }
    if (shippedAt != null && shippedAt.isBefore(placedAt)
        || deliveredAt != null && (shippedAt == null || deliveredAt.isBefore(shippedAt))) {
      throw new RejectedException("deliveredAt", "returnport.order.dates");
    }
    lines = List.copyOf(lines);
    paymentReference =
        paymentReference == null || paymentReference.isBlank() ? null : paymentReference.strip();
    if (paymentReference != null && paymentReference.length() > PAYMENT_REFERENCE_MAX) {
      throw new RejectedException(
          "paymentReference", "returnport.order.tooLong", PAYMENT_REFERENCE_MAX);
    }
    dutiesPaid = new Money(dutiesPaid, currency).amount();
  }

  /** An order the store sent without a payment reference or customs declaration. */
  public OrderData(
      String number,
      String email,
      String shopperName,
      String shipCountry,
      String shipAddress,
      String currency,
      BigDecimal dutiesPaid,
      String paymentMethod,
      Instant placedAt,
      Instant shippedAt,
      Instant deliveredAt,
      List<Line> lines) {
    this(
        number,
        email,
        shopperName,
        shipCountry,
        shipAddress,
        currency,
        dutiesPaid,
        paymentMethod,
        placedAt,
        shippedAt,
        deliveredAt,
        lines,
        null,
        null);
  }

  /**
   * A digest of everything the order says: the same order sent again has the same fingerprint and
   * changes nothing.
   */
  public String fingerprint() {
    StringBuilder text =
        new StringBuilder()
            .append(number)
            .append('\n')
            .append(email)
            .append('\n')
            .append(shopperName)
            .append('\n')
            .append(shipCountry)
            .append('\n')
            .append(shipAddress)
            .append('\n')
            .append(currency)
            .append('\n')
            .append(dutiesPaid.toPlainString())
            .append('\n')
            .append(paymentMethod)
            .append('\n')
            .append(placedAt)
            .append('\n')
            .append(shippedAt)
            .append('\n')
            .append(deliveredAt)
            .append('\n')
            .append(paymentReference)
            .append('\n')
            .append(customs);
    for (Line line : lines) {
      text.append('\n').append(line);
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** One line: unit price, tax and discount for the whole line, in the order's currency. */
  public record Line(
      String sku,
      String name,
      int quantity,
      BigDecimal unitPrice,
      BigDecimal tax,
      BigDecimal discount) {

    public Line {
      requireText("sku", sku, ProductData.SKU_MAX);
      requireText("name", name, ProductData.NAME_MAX);
      if (unitPrice == null || tax == null || discount == null) {
        throw new RejectedException("unitPrice", "returnport.order.required");
      }
      if (quantity < 1) {
        throw new RejectedException("quantity", "returnport.order.quantity");
      }
      if (unitPrice.signum() < 0 || tax.signum() < 0 || discount.signum() < 0) {
        throw new RejectedException("unitPrice", "returnport.order.negative");
      }
      unitPrice = unitPrice.setScale(Money.SCALE, java.math.RoundingMode.HALF_EVEN);
      tax = tax.setScale(Money.SCALE, java.math.RoundingMode.HALF_EVEN);
      discount = discount.setScale(Money.SCALE, java.math.RoundingMode.HALF_EVEN);
      if (discount.compareTo(unitPrice.multiply(BigDecimal.valueOf(quantity)).add(tax)) > 0) {
        throw new RejectedException("discount", "returnport.order.discount");
      }
    }

    public Money paid(String currency) {
      return new Money(unitPrice, currency)
          .times(quantity)
          .plus(new Money(tax, currency))
          .minus(new Money(discount, currency));
    }
  }

  /**
   * The import declaration the order's parcel entered the shopper's country under, which a customs
   * broker quotes to reclaim duties when the items go back: the entry (declaration) number and the
   * day it was accepted.
   */
  public record Customs(String entryNumber, Instant declaredAt) {

    public static final int ENTRY_MAX = 64;

    public Customs {
      requireText("customs.entryNumber", entryNumber, ENTRY_MAX);
      entryNumber = entryNumber.strip();
      if (declaredAt == null) {
        throw new RejectedException("customs.declaredAt", "returnport.order.required");
      }
    }
  }
}
