package org.returnport.returns.entity;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.returnport.errors.RejectedException;
import org.returnport.values.ImageType;

/**
 * A photo a shopper adds to a returned item: a JPEG, PNG or WebP (by its content), not larger than
 * {@link #MAX_BYTES}, and with the metadata that can say where it was taken (EXIF with GPS, XMP,
 * IPTC, text chunks) removed, the picture itself untouched.
 */
public record ReturnPhotoFile(ImageType type, byte[] bytes) implements Serializable {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

  public static ReturnPhotoFile of(byte[] upload) {
    if (upload == null || upload.length == 0) {
      throw new RejectedException("photos", "returnport.photo.empty");
    }
    if (upload.length > MAX_BYTES) {
      throw new RejectedException("photos", "returnport.photo.tooBig", MAX_BYTES / 1024 / 1024);
    }
    ImageType type =
        ImageType.of(upload)
            .orElseThrow(() -> new RejectedException("photos", "returnport.photo.notImage"));
    try {
      byte[] clean =
          switch (type) {
            case JPEG -> jpegWithoutMetadata(upload);
            case PNG -> pngWithoutMetadata(upload);
            case WEBP -> webpWithoutMetadata(upload);
          };
      return new ReturnPhotoFile(type, clean);
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new RejectedException("photos", "returnport.photo.broken");
    }
  }

  /** Drops APP1 (EXIF, XMP), APP13 (IPTC) and comments; the image data is copied as it is. */
  static byte[] jpegWithoutMetadata(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    int at = 2;
    while (at < in.length) {
      if ((in[at] & 0xFF) != 0xFF) {
        throw new IllegalArgumentException("not a JPEG marker at " + at);
      }
      int marker = in[at + 1] & 0xFF;
      if (marker == 0xDA || marker == 0xD9) {
        out.write(in, at, in.length - at);
        break;
      }
      int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
      boolean metadata = marker == 0xE1 || marker == 0xED || marker == 0xFE;
      if (!metadata) {
        out.write(in, at, length + 2);
      }
      at += length + 2;
    }
    return out.toByteArray();
  }

  /** Drops the chunks that carry text or EXIF; every other chunk is copied with its checksum. */
  static byte[] pngWithoutMetadata(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int at = 8;
    while (at < in.length) {
      int length = ByteBuffer.wrap(in, at, 4).getInt();
      String chunk = new String(in, at + 4, 4, StandardCharsets.US_ASCII);
      int size = 12 + length;
      if (length < 0 || at + size > in.length) {
        throw new IllegalArgumentException("PNG chunk out of bounds");
      }
      if (!PNG_METADATA.contains(chunk)) {
        out.write(in, at, size);
      }
      at += size;
      if (chunk.equals("IEND")) {
        break;
      }
    }
    return out.toByteArray();
  }

  /** Drops the EXIF and XMP chunks, clears their flags in the VP8X header and fixes the size. */
  static byte[] webpWithoutMetadata(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 12);
    int at = 12;
    while (at + 8 <= in.length) {
      String chunk = new String(in, at, 4, StandardCharsets.US_ASCII);
      int length = ByteBuffer.wrap(in, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      int size = 8 + length + (length & 1);
      if (length < 0 || at + 8 + length > in.length) {
        throw new IllegalArgumentException("WebP chunk out of bounds");
      }
      if (!chunk.equals("EXIF") && !chunk.equals("XMP ")) {
        int start = out.size();
        out.write(in, at, Math.min(size, in.length - at));
        if (chunk.equals("VP8X")) {
          byte[] sofar = out.toByteArray();
          sofar[start + 8] &= (byte) ~0x0C;
          out.reset();
          out.write(sofar, 0, sofar.length);
        }
      }
      at += size;
    }
    byte[] result = out.toByteArray();
    ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReturnPhotoFile that
        && type == that.type
        && java.util.Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return type + " photo of " + bytes.length + " bytes";
  }
}
