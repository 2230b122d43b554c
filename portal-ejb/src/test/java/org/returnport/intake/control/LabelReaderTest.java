package org.returnport.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The label prints the RMA as Code 128 bars and as a QR code; a camera photo of either reads. */
class LabelReaderTest {

  final LabelReader cut = new LabelReader();

  @Test
  void readsTheCode128BarsOfTheLabel() throws Exception {
    BitMatrix bars = new Code128Writer().encode("RMA-7KQ2M9XD", BarcodeFormat.CODE_128, 400, 120);
    assertThat(cut.read(photo(bars, false, "jpg"))).contains("RMA-7KQ2M9XD");
  }

  @Test
  void readsTheQrCodeOfTheLabel() throws Exception {
    BitMatrix qr = new QRCodeWriter().encode("RMA-7KQ2M9XD", BarcodeFormat.QR_CODE, 240, 240);
    assertThat(cut.read(photo(qr, false, "png"))).contains("RMA-7KQ2M9XD");
  }

  @Test
  void readsBarsPhotographedSideways() throws Exception {
    BitMatrix bars = new Code128Writer().encode("RMA-7KQ2M9XD", BarcodeFormat.CODE_128, 400, 120);
    assertThat(cut.read(photo(bars, true, "png"))).contains("RMA-7KQ2M9XD");
  }

  @Test
  void aPhotoWithoutABarcodeReadsNothing() throws Exception {
    assertThat(cut.read(photo(new BitMatrix(200, 200), false, "png"))).isEmpty();
  }

  @Test
  void somethingThatIsNoPictureIsRefused() {
    assertThatThrownBy(() -> cut.read("not a picture".getBytes()))
        .hasMessageContaining("returnport.photo.notImage");
  }

  /** The code drawn black on white with a quiet zone, as a camera would see the printed label. */
  private static byte[] photo(BitMatrix matrix, boolean sideways, String format)
      throws IOException {
    int margin = 40;
    int width = matrix.getWidth() + 2 * margin;
    int height = matrix.getHeight() + 2 * margin;
    BufferedImage image =
        new BufferedImage(
            sideways ? height : width, sideways ? width : height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int mx = x - margin;
        int my = y - margin;
        boolean black =
            mx >= 0
                && my >= 0
                && mx < matrix.getWidth()
                && my < matrix.getHeight()
                && matrix.get(mx, my);
        int rgb = black ? 0x000000 : 0xFFFFFF;
        if (sideways) {
          image.setRGB(y, width - 1 - x, rgb);
        } else {
          image.setRGB(x, y, rgb);
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
