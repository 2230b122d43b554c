package org.returnport.intake.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.returnport.errors.RejectedException;

/**
 * Reads the barcode of a return label from a photo the device camera took: the Code 128 bars or the
 * QR code that the label prints (see {@code logistics.control.ReturnLabel}). The picture's size is
 * read from its header first, so that a small file that claims to be huge is refused before it is
 * decoded into memory.
 */
public class LabelReader {

  /** About a 40-megapixel camera; larger pictures are refused unread. */
  static final long MAX_PIXELS = 40_000_000L;

  private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

  static {
    HINTS.put(
        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE));
    HINTS.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
  }

  /** The text of the first barcode found in the photo, upright or sideways, if any. */
  public Optional<String> read(byte[] photo) {
    BufferedImage image = image(photo);
    int width = image.getWidth();
    int height = image.getHeight();
    int[] upright = image.getRGB(0, 0, width, height, null, 0, width);
    MultiFormatReader reader = new MultiFormatReader();
    reader.setHints(HINTS);
    return decode(reader, width, height, upright)
        .or(() -> decode(reader, height, width, turned(upright, width, height)));
  }

  private static Optional<String> decode(
      MultiFormatReader reader, int width, int height, int[] pixels) {
    try {
      Result result =
          reader.decodeWithState(
              new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))));
      return Optional.of(result.getText());
    } catch (NotFoundException e) {
      return Optional.empty();
    } finally {
      reader.reset();
    }
  }

  /** The picture turned a quarter clockwise, for a label photographed with its bars upright. */
  static int[] turned(int[] pixels, int width, int height) {
    int[] turned = new int[pixels.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        turned[x * height + (height - 1 - y)] = pixels[y * width + x];
      }
    }
    return turned;
  }

  private static BufferedImage image(byte[] photo) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new RejectedException("photo", "returnport.photo.notImage");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
          throw new RejectedException("photo", "returnport.intake.photoTooLarge");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof RejectedException rejected) {
        throw rejected;
      }
      throw new RejectedException("photo", "returnport.photo.broken");
    }
  }
}
