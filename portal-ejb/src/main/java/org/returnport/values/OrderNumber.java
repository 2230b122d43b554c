package org.returnport.values;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * An order number as a shopper types it, in its one canonical form: compatibility forms folded
 * (full-width digits and letters), white space and a leading {@code #} removed, every kind of dash
 * read as {@code -}, upper case. {@code #DO-1001}, {@code do-1001} and {@code ＤＯ－１００１} are one
 * number.
 */
public final class OrderNumber implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX = 64;

  private final String value;

  private OrderNumber(String value) {
    this.value = value;
  }

  /** The number typed, or nothing when nothing that could be a number was typed. */
  public static Optional<OrderNumber> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String text =
        Lookalikes.compatible(typed)
            .replaceAll("[\\s\\p{Z}]", "")
            .replaceAll("\\p{Pd}", "-")
            .replaceFirst("^#+", "")
            .toUpperCase(Locale.ROOT);
    if (text.isEmpty() || text.length() > MAX) {
      return Optional.empty();
    }
    return Optional.of(new OrderNumber(text));
  }

  /** The number to look the order up with (the database compares without case and accents). */
  public String value() {
    return value;
  }

  /**
   * What the number looks like, for counting tries: accented and look-alike letters are one key
   * with the plain Latin letter.
   */
  public String key() {
    return Lookalikes.skeleton(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderNumber number && number.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
