package org.returnport.tenant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.returnport.errors.RejectedException;
import org.returnport.values.ImageType;

class LogoImageTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
  static final byte[] WEBP = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P', 'V', 'P'};

  @Test
  void recognisesImagesByTheirFirstBytes() {
    assertThat(LogoImage.check(PNG).type()).isEqualTo(ImageType.PNG);
    assertThat(LogoImage.check(JPEG).type()).isEqualTo(ImageType.JPEG);
    assertThat(LogoImage.check(WEBP).type()).isEqualTo(ImageType.WEBP);
  }

  @Test
  void refusesSvgHtmlAndEmptyFiles() {
    assertRejected(
        "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "returnport.logo.notImage");
    assertRejected("GIF89a".getBytes(StandardCharsets.UTF_8), "returnport.logo.notImage");
    assertRejected(new byte[0], "returnport.logo.empty");
  }

  @Test
  void refusesFilesOverTheLimitEvenWhenTheyAreImages() {
    byte[] big = new byte[LogoImage.MAX_BYTES + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    assertRejected(big, "returnport.logo.tooBig");
    byte[] justFits = new byte[LogoImage.MAX_BYTES];
    System.arraycopy(PNG, 0, justFits, 0, PNG.length);
    assertThat(LogoImage.check(justFits).bytes()).hasSize(LogoImage.MAX_BYTES);
  }

  @Test
  void hashChangesWithTheContent() {
    byte[] other = PNG.clone();
    other[9] = 1;
    assertThat(LogoImage.check(PNG).sha256())
        .hasSize(64)
        .isNotEqualTo(LogoImage.check(other).sha256());
  }

  private static void assertRejected(byte[] bytes, String key) {
    assertThatThrownBy(() -> LogoImage.check(bytes))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.field()).isEqualTo("logo");
            });
  }
}
