package org.returnport.loyalty.redemption.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Discount codes for the store's shop: {@code PTS-} and 16 symbols drawn from {@link SecureRandom}
 * (80 bits), in groups of four, from an alphabet without 0, 1, I and O, which people read as one
 * another. A code cannot be guessed from another. Shops take codes of up to 255 characters in any
 * case; these are short enough to type at checkout.
 */
public final class DiscountCodes {

  public static final String PREFIX = "PTS";
  public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  public static final int SYMBOLS = 16;
  public static final int LENGTH = PREFIX.length() + SYMBOLS + SYMBOLS / 4;

  private static final SecureRandom RANDOM = new SecureRandom();

  private DiscountCodes() {}

  /** A new code, e.g. {@code PTS-7KQ2-M9XA-PL3D-W8RT}. */
  public static String generate() {
    StringBuilder code = new StringBuilder(PREFIX);
    for (int i = 0; i < SYMBOLS; i++) {
      if (i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  public static String last4(String code) {
    return code.substring(code.length() - 4);
  }

  /** The code's SHA-256, which finds it without a scan and keeps two codes from ever being one. */
  public static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(code.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
