package org.returnport.payments.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook signature: the {@code Stripe-Signature} header holds {@code t=<unix seconds>}
 * and one or more {@code v1=<hex HMAC-SHA256 of "t.body">} (more than one while the store rolls its
 * signing secret). Checked on the raw bytes, in constant time; a signature that matches but whose
 * timestamp lies outside the tolerance is stale, so that a captured delivery cannot be replayed
 * later.
 */
public final class StripeSignature {

  public static final String HEADER = "Stripe-Signature";

  /** Stripe's own libraries' default. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  /** The result of a check. */
  public enum Check {
    VALID,
    /** No header, or one without a timestamp or a v1 signature. */
    MISSING,
    /** No v1 signature matches the body under the secret. */
    FORGED,
    /** A signature matches, but its timestamp is too far from now. */
    STALE
  }

  private StripeSignature() {}

  /** The header Stripe would send for this body at this time. */
  public static String header(byte[] body, String secret, long timestamp) {
    return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac(timestamp, body, secret));
  }

  public static Check check(
      byte[] body, String header, String secret, Instant now, Duration tolerance) {
    if (header == null || secret == null || secret.isEmpty()) {
      return Check.MISSING;
    }
    Long timestamp = null;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip();
      if (name.equals("t")) {
        try {
          timestamp = Long.parseLong(value);
        } catch (NumberFormatException e) {
          return Check.MISSING;
        }
      } else if (name.equals("v1")) {
        signatures.add(value);
      }
    }
    if (timestamp == null || signatures.isEmpty()) {
      return Check.MISSING;
    }
    byte[] expected = mac(timestamp, body, secret);
    boolean matches = false;
    for (String signature : signatures) {
      byte[] given;
      try {
        given = HexFormat.of().parseHex(signature);
      } catch (IllegalArgumentException e) {
        continue;
      }
      // No early exit: every candidate is compared, each in constant time.
      matches |= MessageDigest.isEqual(given, expected);
    }
    if (!matches) {
      return Check.FORGED;
    }
    Instant signedAt = Instant.ofEpochSecond(timestamp);
    if (Duration.between(signedAt, now).abs().compareTo(tolerance) > 0) {
      return Check.STALE;
    }
    return Check.VALID;
  }

  private static byte[] mac(long timestamp, byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
