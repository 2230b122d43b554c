package org.returnport.parcels.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AfterShip's webhook signature: the {@code aftership-hmac-sha256} header is the base64 of the
 * HMAC-SHA256 of the raw body under the store's webhook secret. Checked on the bytes as they came,
 * before anything is parsed, and in constant time.
 */
public final class WebhookSignature {

  public static final String HEADER = "aftership-hmac-sha256";

  private WebhookSignature() {}

  public static String sign(byte[] body, String secret) {
    return Base64.getEncoder().encodeToString(mac(body, secret));
  }

  public static boolean verify(byte[] body, String header, String secret) {
    if (header == null || secret == null || secret.isEmpty()) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(header.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(given, mac(body, secret));
  }

  private static byte[] mac(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
