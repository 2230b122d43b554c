package org.returnport.returns.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnport.errors.RejectedException;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.values.ImageType;

class PhotoStashTest {

  @TempDir Path folder;

  final PhotoStash cut = new PhotoStash();

  @BeforeEach
  void aStashOfThreePhotosOrTenKilobytesPerVisit() {
    cut.folder = Optional.of(folder.toString());
    cut.maxCount = 3;
    cut.maxBytes = 10_000;
    cut.maxAge = "PT2H";
  }

  @Test
  void keepsPhotosOnDiskAndGivesThemBackByReference() {
    String visit = cut.newArea();
    String ref = cut.keep(visit, photo(1_000, (byte) 7));

    ReturnPhotoFile back = cut.read(ref);
    assertThat(back.type()).isEqualTo(ImageType.PNG);
    assertThat(back.bytes()).isEqualTo(photo(1_000, (byte) 7).bytes());
    assertThat(folder.resolve(visit)).isDirectoryContaining(path -> true);
  }

  @Test
  void aVisitKeepsAtMostItsCountAndItsBytes() {
    String visit = cut.newArea();
    for (int i = 0; i < 3; i++) {
      cut.keep(visit, photo(100, (byte) i));
    }
    assertThatThrownBy(() -> cut.keep(visit, photo(100, (byte) 9)))
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).messageKey())
        .isEqualTo("returnport.photo.sessionCount");

    String other = cut.newArea();
    cut.keep(other, photo(6_000, (byte) 1));
    assertThatThrownBy(() -> cut.keep(other, photo(6_000, (byte) 2)))
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).messageKey())
        .isEqualTo("returnport.photo.sessionBytes");
    assertThat(cut.keep(other, photo(4_000, (byte) 3))).as("what still fits").isNotNull();
  }

  @Test
  void aVisitsPhotosGoWhenItEndsAndOldVisitsGoByAge() throws Exception {
    String ended = cut.newArea();
    String ref = cut.keep(ended, photo(100, (byte) 1));
    cut.drop(ended);
    assertThat(folder.resolve(ended)).doesNotExist();
    assertThatThrownBy(() -> cut.read(ref)).isInstanceOf(RejectedException.class);

    String old = cut.newArea();
    String recent = cut.newArea();
    cut.keep(old, photo(100, (byte) 1));
    cut.keep(recent, photo(100, (byte) 1));
    Instant now = Instant.now();
    Files.setLastModifiedTime(folder.resolve(old), FileTime.from(now.minus(Duration.ofHours(3))));
    cut.dropOld(now);
    assertThat(folder.resolve(old)).doesNotExist();
    assertThat(folder.resolve(recent)).exists();
  }

  @Test
  void referencesOutsideTheStashAreRefused() {
    assertThatThrownBy(() -> cut.read("../../etc/passwd")).isInstanceOf(RejectedException.class);
    assertThatThrownBy(() -> cut.read(cut.newArea() + "/../x.PNG"))
        .isInstanceOf(RejectedException.class);
  }

  private static ReturnPhotoFile photo(int size, byte fill) {
    byte[] bytes = new byte[size];
    java.util.Arrays.fill(bytes, fill);
    return new ReturnPhotoFile(ImageType.PNG, bytes);
  }
}
