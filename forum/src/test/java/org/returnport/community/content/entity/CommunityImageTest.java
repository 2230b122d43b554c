package org.returnport.community.content.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnport.errors.RejectedException;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.values.ImageType;

class CommunityImageTest {

  static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAb-_9999999999999999999";

  @Test
  void anAddressNamesIdTokenAndType() {
    assertThat(CommunityImage.parse("12-" + TOKEN + ".png"))
        .contains(new CommunityImage.FileName(12, TOKEN, ImageType.PNG));
    assertThat(CommunityImage.parse("7-" + TOKEN + ".jpg").orElseThrow().type())
        .isEqualTo(ImageType.JPEG);
    assertThat(CommunityImage.parse("7-" + TOKEN + ".webp").orElseThrow().type())
        .isEqualTo(ImageType.WEBP);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12.jpg",
        "12-short.jpg",
        "0-" + TOKEN + ".jpg",
        "12-" + TOKEN + ".gif",
        "12-" + TOKEN + ".svg",
        "12-" + TOKEN + ".JPG",
        "12-" + TOKEN + ".jpg?x=1",
        "../12-" + TOKEN + ".jpg",
        "12-" + TOKEN + ".jpg/..",
        "12-" + TOKEN + "x.jpg",
        "12-" + TOKEN + ".jpg.html"
      })
  void anythingElseIsNoAddress(String fileName) {
    assertThat(CommunityImage.parse(fileName)).isEmpty();
  }

  @Test
  void everyPhotoGetsItsOwnUnguessableTokenInItsAddress() throws Exception {
    ReturnPhotoFile photo = ReturnPhotoFile.of(png());
    CommunityImage one = new CommunityImage(3, photo, Instant.EPOCH);
    CommunityImage two = new CommunityImage(3, photo, Instant.EPOCH);
    persisted(one, 41);
    persisted(two, 42);

    String address = one.address("amber");
    assertThat(address).startsWith(CommunityImage.base("amber")).endsWith(".png");
    assertThat(address).isNotEqualTo(two.address("amber"));
    String fileName = address.substring(CommunityImage.base("amber").length());
    CommunityImage.FileName named = CommunityImage.parse(fileName).orElseThrow();
    assertThat(named.id()).isEqualTo(41);
    assertThat(one.isNamedBy(named)).isTrue();
    assertThat(two.isNamedBy(named)).isFalse();
    assertThat(one.isNamedBy(new CommunityImage.FileName(0, named.token(), ImageType.JPEG)))
        .as("same token, another type")
        .isFalse();
    assertThat(one.getByteCount()).isEqualTo(photo.bytes().length);
  }

  @Test
  void aPageOrScriptNamedLikeAPhotoIsRefusedByItsContent() {
    byte[] php = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] svg = "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8);

    for (byte[] upload : new byte[][] {php, html, svg}) {
      assertThatThrownBy(() -> ReturnPhotoFile.of(upload))
          .isInstanceOfSatisfying(
              RejectedException.class,
              e -> assertThat(e.messageKey()).isEqualTo("returnport.photo.notImage"));
    }
  }

  @Test
  void aPhotoOverFiveMegabytesIsRefused() {
    byte[] big = new byte[ReturnPhotoFile.MAX_BYTES + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;

    assertThatThrownBy(() -> ReturnPhotoFile.of(big))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("returnport.photo.tooBig"));
  }

  /** The id the database gives a stored photo. */
  static void persisted(CommunityImage image, long id) throws ReflectiveOperationException {
    Field field = CommunityImage.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(image, id);
  }

  static byte[] png() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}
