package org.returnport.tenant.entity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.returnport.platform.entity.RejectedException;

/**
 * An uploaded logo whose type was read from its first bytes, never from its name or the browser's
 * word. SVG is refused: it can carry script.
 */
public record LogoImage(ImageType type, byte[] bytes) {

  public static final int MAX_BYTES = 512 * 1024;

  public enum ImageType {
    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp");

    private final String mediaType;

    ImageType(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }
  }

  public static LogoImage check(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new RejectedException("logo", "returnport.logo.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new RejectedException("logo", "returnport.logo.tooBig", MAX_BYTES / 1024);
    }
    ImageType type =
        sniff(bytes).orElseThrow(() -> new RejectedException("logo", "returnport.logo.notImage"));
    return new LogoImage(type, bytes.clone());
  }

  static Optional<ImageType> sniff(byte[] b) {
    if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(ImageType.PNG);
    }
    if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(ImageType.JPEG);
    }
    if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(ImageType.WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
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
