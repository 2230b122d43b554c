package org.returnport.community.reviews.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.returnport.returns.boundary.ReturnedProducts.Returned;
import org.returnport.values.EmailAddress;

/**
 * What earns a review its badges, decided from the store's records, never from what the member
 * says. The database finds candidates without regard to case; these rules keep exactly the rows of
 * the member's verified address and the product.
 */
public final class BadgeRules {

  private BadgeRules() {}

  /** Verified purchase: an order of the member's verified address has a line with the product. */
  public static boolean purchased(EmailAddress member, List<String> buyers) {
    return buyers.stream().anyMatch(member::matches);
  }

  /**
   * Verified return: a return of the product by the member's address that reached the end (closed);
   * the latest such return when there are several. A return still under way, rejected or cancelled
   * earns nothing.
   */
  public static Optional<Long> returned(EmailAddress member, String sku, List<Returned> lines) {
    return lines.stream()
        .filter(line -> member.matches(line.email()) && sku.equals(line.sku()))
        .filter(Returned::closed)
        .max(Comparator.comparing(Returned::requestedAt).thenComparing(Returned::returnId))
        .map(Returned::returnId);
  }
}
