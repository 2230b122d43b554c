package org.returnport.returns.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnport.errors.RejectedException;
import org.returnport.values.ImageType;

class ReturnPhotoFileTest {

  static final String WHERE = "GPSLatitude 48.8584 GPSLongitude 2.2945";

  @Test
  void aJpegLosesItsExifButStaysTheSamePicture() throws IOException {
    byte[] plain = image("jpg");
    byte[] withExif = insert(plain, 2, app1("Exif\0\0" + WHERE));

    ReturnPhotoFile photo = ReturnPhotoFile.of(withExif);

    assertThat(photo.type()).isEqualTo(ImageType.JPEG);
    assertThat(text(photo.bytes())).doesNotContain("GPSLatitude");
    assertThat(photo.bytes()).isEqualTo(plain);
    assertThat(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getWidth()).isEqualTo(8);
  }

  @Test
  void aPngLosesItsTextAndExifChunks() throws IOException {
    byte[] plain = image("png");
    byte[] withText = insert(plain, 33, pngChunk("tEXt", "Location\0" + WHERE));
    byte[] withExif = insert(withText, 33, pngChunk("eXIf", WHERE));

    ReturnPhotoFile photo = ReturnPhotoFile.of(withExif);

    assertThat(text(photo.bytes())).doesNotContain("GPSLatitude");
    assertThat(photo.bytes()).isEqualTo(plain);
    assertThat(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getHeight()).isEqualTo(8);
  }

  @Test
  void aWebpLosesItsExifChunkAndFlagAndKeepsAConsistentSize() {
    byte[] vp8x = webpChunk("VP8X", new byte[] {0x08, 0, 0, 0, 7, 0, 0, 7, 0, 0});
    byte[] exif = webpChunk("EXIF", WHERE.getBytes(StandardCharsets.US_ASCII));
    byte[] data = webpChunk("VP8L", new byte[] {0x2f, 1, 2, 3, 4});
    byte[] webp = riff(vp8x, exif, data);

    ReturnPhotoFile photo = ReturnPhotoFile.of(webp);

    assertThat(photo.type()).isEqualTo(ImageType.WEBP);
    assertThat(text(photo.bytes())).doesNotContain("GPSLatitude").contains("VP8L");
    assertThat(photo.bytes()[20] & 0x08).as("EXIF flag").isZero();
    assertThat(ByteBuffer.wrap(photo.bytes(), 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
        .isEqualTo(photo.bytes().length - 8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GIF89a", "<svg onload=alert(1)>", "%PDF-1.7"})
  void anythingButAPhotoIsRefused(String content) {
    assertThatThrownBy(() -> ReturnPhotoFile.of(content.getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("returnport.photo.notImage"));
  }

  @Test
  void aPhotoTooBigOrCutShortIsRefused() throws IOException {
    byte[] big = new byte[ReturnPhotoFile.MAX_BYTES + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;
    byte[] jpeg = image("jpg");
    byte[] cut = java.util.Arrays.copyOf(jpeg, 10);

    assertThatThrownBy(() -> ReturnPhotoFile.of(big))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("returnport.photo.tooBig"));
    assertThatThrownBy(() -> ReturnPhotoFile.of(cut))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("returnport.photo.broken"));
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static byte[] app1(String payload) {
    byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer segment = ByteBuffer.allocate(4 + data.length);
    segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (data.length + 2)).put(data);
    return segment.array();
  }

  private static byte[] pngChunk(String type, String payload) {
    byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
    CRC32 crc = new CRC32();
    crc.update(chunk.array(), 4, 4 + data.length);
    chunk.putInt((int) crc.getValue());
    return chunk.array();
  }

  private static byte[] webpChunk(String type, byte[] data) {
    int padded = data.length + (data.length & 1);
    ByteBuffer chunk = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
    chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return chunk.array();
  }

  private static byte[] riff(byte[]... chunks) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
    for (byte[] chunk : chunks) {
      body.writeBytes(chunk);
    }
    ByteBuffer riff = ByteBuffer.allocate(8 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
    riff.put("RIFF".getBytes(StandardCharsets.US_ASCII))
        .putInt(body.size())
        .put(body.toByteArray());
    return riff.array();
  }

  private static byte[] insert(byte[] into, int at, byte[] what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(into, 0, at);
    out.writeBytes(what);
    out.write(into, at, into.length - at);
    return out.toByteArray();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
