package org.returnport.values;

import java.util.Optional;

/**
 * The image formats people may upload, told apart by their first bytes, never by a file name or
 * what the browser claims. SVG is not one of them: it can carry script.
 */
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

  public static Optional<ImageType> of(byte[] b) {
    if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
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
}
