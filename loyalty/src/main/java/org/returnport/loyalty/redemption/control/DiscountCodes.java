package org.returnport.loyalty.redemption.control;

import java.security.SecureRandom;
import org.returnport.credit.control.CreditCode;

/**
 * Discount codes for the store's shop: {@code PTS-} and 16 symbols of the credit codes' alphabet
 * (no 0, 1, I or O) drawn from {@link SecureRandom}, 80 bits, in groups of four. A code cannot be
 * guessed from another, and what the database keeps to find one (its SHA-256) cannot be turned back
 * into it. Shops take codes of up to 255 characters in any case; these are short enough to type.
 */
public final class DiscountCodes {

  public static final String PREFIX = "PTS";
  public static final int SYMBOLS = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private DiscountCodes() {}

  /** A new code, e.g. {@code PTS-7KQ2-M9XA-PL3D-W8RT}. */
  public static String generate() {
    StringBuilder code = new StringBuilder(PREFIX);
    for (int i = 0; i < SYMBOLS; i++) {
      if (i % 4 == 0) {
        code.append('-');
      }
      code.append(CreditCode.ALPHABET.charAt(RANDOM.nextInt(CreditCode.ALPHABET.length())));
    }
    return code.toString();
  }

  public static String last4(String code) {
    return code.substring(code.length() - 4);
  }

  public static String hash(String code) {
    return CreditCode.hash(code);
  }
}
