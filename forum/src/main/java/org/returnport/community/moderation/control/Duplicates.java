package org.returnport.community.moderation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes two texts "the same" for the duplicate check: equal once folded (full-width forms,
 * case) and stripped of everything but letters and digits, so that added spaces, punctuation or
 * capitals do not make a copied text new. Very short texts ("Thanks!") are never duplicates:
 * members say them often and honestly.
 */
public final class Duplicates {

  /** Letters and digits a text needs before copies of it count as duplicates. */
  public static final int MIN_LENGTH = 12;

  private Duplicates() {}

  /** The text as the check compares it. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /** The digest kept for a text, or empty when the text is too short to be checked. */
  public static Optional<String> fingerprint(String text) {
    String normal = normalise(text);
    if (normal.codePointCount(0, normal.length()) < MIN_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(normal.getBytes(StandardCharsets.UTF_8))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
