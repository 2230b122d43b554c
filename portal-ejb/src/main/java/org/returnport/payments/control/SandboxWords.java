package org.returnport.payments.control;

import java.util.Locale;
import java.util.Optional;

/**
 * The words in an order's payment reference (or its order number, where the store sent no
 * reference) that steer the sandbox gateway, as the sandbox carrier is steered by words in the
 * address: {@code decline} (the shopper's card was closed), {@code insufficient} (the merchant's
 * balance at the gateway does not cover the refund), {@code timeout} (the refund is made but the
 * answer is lost), {@code pending} (confirmed later by a notice), {@code unreachable} (the gateway
 * cannot be reached at all) and {@code reject} (the gateway does not know the payment). Case does
 * not matter.
 */
public final class SandboxWords {

  /** The failure code of a refund to a closed card. */
  public static final String CARD_CLOSED = "expired_or_canceled_card";

  /** The failure code when the merchant's balance at the gateway cannot cover the refund. */
  public static final String INSUFFICIENT_FUNDS = "insufficient_funds";

  /** The failure code of a refund above what is left of the payment. */
  public static final String AMOUNT_TOO_LARGE = "amount_too_large";

  private SandboxWords() {}

  /** Why the gateway declines every refund of this payment, if it does. */
  public static Optional<String> declines(String reference) {
    if (has(reference, "decline")) {
      return Optional.of(CARD_CLOSED);
    }
    if (has(reference, "insufficient")) {
      return Optional.of(INSUFFICIENT_FUNDS);
    }
    return Optional.empty();
  }

  public static boolean timesOut(String reference) {
    return has(reference, "timeout");
  }

  public static boolean pending(String reference) {
    return has(reference, "pending");
  }

  public static boolean unreachable(String reference) {
    return has(reference, "unreachable");
  }

  public static boolean rejects(String reference) {
    return has(reference, "reject");
  }

  private static boolean has(String reference, String word) {
    return reference != null && reference.toLowerCase(Locale.ROOT).contains(word);
  }
}
