package org.returnport.credit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The code of a store-credit account or a gift card: 19 random symbols (95 bits from {@link
 * SecureRandom}) and a check symbol, written in five groups of four ({@code 7KQ2-…}). The alphabet
 * leaves out 0, 1, I and O, which people read as one another. The check symbol is Damm's scheme
 * over the field with 32 elements ({@code x * y = 2x + y}, a totally anti-symmetric quasigroup): it
 * catches every single wrong symbol and every swap of two neighbours, so a mistyped code is told
 * apart from one that was never issued.
 */
public final class CreditCode {

  public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  public static final int LENGTH = 20;
  public static final int GROUP = 4;

  /** The field GF(32) is built on x^5 + x^2 + 1. */
  private static final int POLYNOMIAL = 0b100101;

  private static final SecureRandom RANDOM = new SecureRandom();

  private CreditCode() {}

  /** A new code, grouped for reading. */
  public static String generate() {
    int[] symbols = new int[LENGTH];
    for (int i = 0; i < LENGTH - 1; i++) {
      symbols[i] = RANDOM.nextInt(ALPHABET.length());
    }
    symbols[LENGTH - 1] = checkOf(symbols, LENGTH - 1);
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(symbols[i]));
    }
    return code.toString();
  }

  /** The check symbol for a code's first {@code LENGTH - 1} symbols (given as a string). */
  public static char checkSymbol(String body) {
    int[] symbols = body.chars().map(ALPHABET::indexOf).toArray();
    return ALPHABET.charAt(checkOf(symbols, symbols.length));
  }

  /**
   * The code as people may type it (any case, spaces or dashes anywhere) in its one stored form, or
   * empty when it has the wrong length or a symbol outside the alphabet.
   */
  public static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String bare = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (bare.length() != LENGTH || !bare.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(bare);
  }

  /** Whether a normalized code's check symbol fits its other symbols. */
  public static boolean checks(String normalized) {
    int interim = 0;
    for (int i = 0; i < normalized.length(); i++) {
      interim = times2(interim) ^ ALPHABET.indexOf(normalized.charAt(i));
    }
    return interim == 0;
  }

  /** The normalized code grouped for reading. */
  public static String grouped(String normalized) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < normalized.length(); i++) {
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(normalized.charAt(i));
    }
    return code.toString();
  }

  /** The last four symbols: what a timeline, a payout's reference or a receipt may show. */
  public static String last4(String normalized) {
    return normalized.substring(normalized.length() - 4);
  }

  /**
   * What the database keeps to find a code: its SHA-256. The code carries 95 random bits, so the
   * hash cannot be turned back into it by trying codes.
   */
  public static String hash(String normalized) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normalized.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static int checkOf(int[] symbols, int count) {
    int interim = 0;
    for (int i = 0; i < count; i++) {
      interim = times2(interim) ^ symbols[i];
    }
    return times2(interim);
  }

  private static int times2(int element) {
    int shifted = element << 1;
    return (shifted & 0b100000) != 0 ? shifted ^ POLYNOMIAL : shifted;
  }
}
