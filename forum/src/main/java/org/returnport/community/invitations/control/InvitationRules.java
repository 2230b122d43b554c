package org.returnport.community.invitations.control;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When an order is invited to be reviewed, and about which products. The order's delivery time is
 * the store's word when it gave one ({@code deliveredAt} of the orders API); otherwise the parcel
 * is taken to arrive the store's transit days after it was shipped (Shopify's "Fulfilled at"), or,
 * never shipped as far as we know, after it was placed. Orders that arrived more than {@link
 * #LATE_WINDOW} before their invitation fell due are never invited: turning invitations on, or
 * importing years of orders, does not mail every past customer.
 */
public final class InvitationRules {

  public static final Duration LATE_WINDOW = Duration.ofDays(30);

  private InvitationRules() {}

  /** One line of an order: its number, product and quantity. */
  public record Line(int lineNo, String sku, String name, int quantity) {}

  /** When the order is taken to have arrived. */
  public static Instant arrival(
      Instant placedAt, Instant shippedAt, Instant deliveredAt, int transitDays) {
    if (deliveredAt != null) {
      return deliveredAt;
    }
    return (shippedAt != null ? shippedAt : placedAt).plus(Duration.ofDays(transitDays));
  }

  /** Whether the invitation of an order that arrived then is due now, and not too late. */
  public static boolean due(Instant arrival, int daysAfterDelivery, Instant now) {
    Instant dueAt = arrival.plus(Duration.ofDays(daysAfterDelivery));
    return !dueAt.isAfter(now) && dueAt.isAfter(now.minus(LATE_WINDOW));
  }

  /**
   * The products to ask about: each product of the order once, in the order's order, leaving out
   * those whose every unit went back ({@code returned}: units returned per line number). Empty when
   * the whole order was returned.
   */
  public static List<Line> toReview(List<Line> lines, Map<Integer, Long> returned) {
    Set<String> seen = new LinkedHashSet<>();
    return lines.stream()
        .filter(l -> Optional.ofNullable(returned.get(l.lineNo())).orElse(0L) < l.quantity())
        .filter(l -> seen.add(l.sku()))
        .toList();
  }
}
