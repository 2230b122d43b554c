package org.returnport.apikey.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The text of an API key: {@code rp_} and 40 random letters and digits (about 238 bits), of which
 * the first 8 are its visible prefix. It is high in entropy, so one SHA-256 is a safe stored form.
 */
public record ApiKeySecret(String value) {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final Pattern FORMAT = Pattern.compile("rp_[A-Za-z0-9]{40}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public static ApiKeySecret generate() {
    StringBuilder key = new StringBuilder("rp_");
    for (int i = 0; i < 40; i++) {
      key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new ApiKeySecret(key.toString());
  }

  public static boolean looksLikeAKey(String candidate) {
    return candidate != null && FORMAT.matcher(candidate).matches();
  }

  public String prefix() {
    return value.substring(3, 11);
  }

  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "ApiKeySecret[rp_" + prefix() + "...]";
  }
}
