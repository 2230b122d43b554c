package org.returnport.tenant.entity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.returnport.errors.RejectedException;
import org.returnport.values.ImageType;

/** An uploaded logo, of a type read from its first bytes ({@link ImageType}). */
public record LogoImage(ImageType type, byte[] bytes) {

  public static final int MAX_BYTES = 512 * 1024;

  public static LogoImage check(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new RejectedException("logo", "returnport.logo.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new RejectedException("logo", "returnport.logo.tooBig", MAX_BYTES / 1024);
    }
    ImageType type =
        ImageType.of(bytes)
            .orElseThrow(() -> new RejectedException("logo", "returnport.logo.notImage"));
    return new LogoImage(type, bytes.clone());
  }

  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LogoImage that && type == that.type && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "LogoImage[" + type + ", " + bytes.length + " bytes]";
  }
}
